/**
 * Takes the README's screenshots (review queue and map) from the app on the sample corpus alone, the
 * same data `vigil demo` shows. usage: npx tsx scripts/readme-screenshots.ts
 */
import { mkdir } from 'node:fs/promises';
import { launchBrowser, openPage, startServer } from '../test/e2e/fixture.js';

const OUT = 'docs/screenshots';
await mkdir(OUT, { recursive: true });
const server = await startServer({ sample: true });
const browser = await launchBrowser();
try {
  const { page } = await openPage(browser);
  await page.goto(`${server.url}/review`);
  await page.locator('mark.hl-evidence').first().waitFor();
  await page.screenshot({ path: `${OUT}/review-queue.png` });
  await page.goto(`${server.url}/map`);
  await page.locator('.leaflet-overlay-pane canvas, .leaflet-marker-icon').first().waitFor();
  await page.waitForTimeout(800); // let the province shapes arrive
  await page.screenshot({ path: `${OUT}/map.png` });
  console.log(`screenshots in ${OUT}/`);
} finally {
  await browser.close();
  await server.close();
}
