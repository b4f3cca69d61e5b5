/**
 * Test fixtures for the browser tests: the real server on a temporary SQLite database (with the
 * sample corpus and, optionally, synthetic events), the built web app, and headless Chromium.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { type Browser, chromium, type Page } from 'playwright-core';
import { loadSampleCorpus } from '../../src/app/sample-corpus.js';
import { createServer } from '../../src/server/app.js';
import { openStore, type Store } from '../../src/store/index.js';
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
  const dir = await mkdtemp(join(tmpdir(), 'vigil-e2e-'));
  const store = await openStore({ sqlitePath: join(dir, 'e2e.sqlite') });
  if (opts.sample !== false) await loadSampleCorpus(store);
  if (opts.synthetic) await seedSyntheticEvents(store, opts.synthetic);
  const app = await createServer({ store, webRoot: WEB_ROOT });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    store,
    app,
    async close() {
      await app.close();
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
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
