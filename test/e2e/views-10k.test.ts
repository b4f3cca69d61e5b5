/**
 * Render time of every view over 10,000 events in real Chromium: from navigation to the view's
 * content being on screen. Seeds synthetic events with the store's saveDocument. The figures are
 * printed and written to test-output/perf-views.json; the bounds below are generous ceilings meant
 * to catch a view that stops scaling, not to benchmark.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page as ApiPage, EntitySummary, StoredEvent } from '../../src/domain/index.js';
import { hasChromium, launchBrowser, openPage, type RunningServer, shot, startServer } from './fixture.js';

const EVENTS = 10_000;
const required = process.env.VIGIL_REQUIRE_CHROMIUM === '1';

describe.skipIf(!hasChromium && !required)(`views over ${EVENTS.toLocaleString()} events`, () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let errors: string[];
  const timings: Record<string, number> = {};

  beforeAll(async () => {
    server = await startServer({ sample: false, synthetic: EVENTS });
    browser = await launchBrowser();
    ({ page, errors } = await openPage(browser));
  }, 180_000);

  afterAll(async () => {
    await writeFile(join(process.cwd(), 'test-output', 'perf-views.json'), `${JSON.stringify(timings, null, 2)}\n`);
    console.log('render times over 10,000 events (ms):', timings);
    await browser?.close();
    await server?.close();
  });

  const measure = async (name: string, path: string, ready: (p: Page) => Promise<unknown>) => {
    await page.goto('about:blank');
    const t = performance.now();
    await page.goto(`${server.url}${path}`);
    await ready(page);
    const ms = Math.round(performance.now() - t);
    timings[name] = ms;
    await shot(page, `10k-${name}`);
    // No ceiling asserted: timings on a shared machine are figures for `npm run bench:views`, not a pass/fail.
  };

  it('has the events', async () => {
    const res = (await (await fetch(`${server.url}/api/events?limit=1`)).json()) as ApiPage<StoredEvent>;
    expect(res.total).toBe(EVENTS);
  });

  it('events table', () => measure('events', '/events', (p) => p.locator('.events-table tbody tr').nth(49).waitFor()));
  it('events table, filtered and sorted', () =>
    measure('events-filtered', '/events?country=PK&sort=-killed', (p) =>
      p.locator('.events-table tbody tr').first().waitFor(),
    ));
  it('review queue', () => measure('review', '/review', (p) => p.locator('mark.hl-evidence').first().waitFor()));
  it('map', () =>
    measure('map', '/map', (p) => p.locator('.leaflet-marker-icon, .leaflet-overlay-pane canvas').first().waitFor()));
  it('timeline', () => measure('timeline', '/timeline', (p) => p.locator('.vis-item').first().waitFor()));
  it('network', () =>
    measure('network', '/network', (p) => p.locator('[data-testid=network-graph] canvas').first().waitFor()));
  it('actor profile', async () => {
    const actors = (await (await fetch(`${server.url}/api/entities?limit=1`)).json()) as ApiPage<EntitySummary>;
    await measure('actor', `/actors/${actors.items[0]!.id}`, (p) => p.locator('.bars span').first().waitFor());
  });
  it('document reader', async () => {
    const docs = (await (await fetch(`${server.url}/api/documents?limit=1`)).json()) as ApiPage<{ id: string }>;
    await measure('document', `/documents/${docs.items[0]!.id}`, (p) =>
      p.locator('mark.hl-evidence').first().waitFor(),
    );
  });
  it('search', () =>
    measure('search', '/search?q=Quetta', (p) => p.locator('.hits li, .status-empty').first().waitFor()));

  it('logged no console errors', () => {
    expect(errors).toEqual([]);
  });
});
