/**
 * Test fixtures for the browser tests: the real server on a temporary SQLite database (with the
 * sample corpus and, optionally, synthetic events), the built web app, and headless Chromium.
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { type Browser, chromium, type Page } from 'playwright-core';
import type { Store } from '../../src/store/index.js';
import { startSampleApp } from '../support/sample-app.js';
import { seedSyntheticEvents } from './synthetic.js';

export const CHROMIUM = process.env.VIGIL_CHROMIUM ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
export const SCREENSHOTS = join(process.cwd(), 'test-output', 'screenshots');
export const WEB_ROOT = join(process.cwd(), 'test-output', 'web');

let built: Promise<void> | null = null;
/** Builds the web app once per test process into test-output/web (so a stale dist/ is never tested). */
export function buildWebApp(): Promise<void> {
  built ??= import('vite').then(async ({ build }) => {
    await build({ configFile: join(process.cwd(), 'vite.config.ts'), logLevel: 'warn', build: { outDir: WEB_ROOT } });
  });
  return built;
}

export interface RunningServer {
  url: string;
  store: Store;
  app: FastifyInstance;
  close(): Promise<void>;
}

/** The real server on 127.0.0.1 (random port) over a fresh SQLite file. */
export async function startServer(opts: { sample?: boolean; synthetic?: number } = {}): Promise<RunningServer> {
  await buildWebApp();
  const { synthetic } = opts;
  const started = await startSampleApp('e2e', {
    sample: opts.sample,
    webRoot: WEB_ROOT,
    ...(synthetic ? { seed: (store: Store) => seedSyntheticEvents(store, synthetic) } : {}),
  });
  await started.app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = started.app.server.address() as AddressInfo;
  return { ...started, url: `http://127.0.0.1:${port}` };
}

export async function launchBrowser(): Promise<Browser> {
  await mkdir(SCREENSHOTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/** A page that records console errors and failed requests, so a test can assert there were none. */
export async function openPage(
  browser: Browser,
  width = 1280,
  height = 800,
): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width, height } });
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return { page, errors };
}

export const shot = (page: Page, name: string) =>
  page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: false });
