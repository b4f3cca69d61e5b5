/**
 * `vigil serve` as `npm start` runs it: a real process on a free port, an empty SQLite file that it
 * fills with the sample corpus, then real HTTP requests.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const BIN = new URL('../../bin/vigil.js', import.meta.url).pathname;
let dir: string;
let child: ChildProcess;
let base: string;
let stderr = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vigil-serve-'));
  child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--db', join(dir, 'serve.sqlite')]);
  child.stderr?.on('data', (d) => (stderr += d));
  base = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (d) => {
      out += d;
      const m = out.match(/serving at (http:\/\/\S+)/);
      if (m) resolve(m[1]!);
    });
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${stderr}`)));
  });
}, 120_000);

afterAll(async () => {
  child?.kill('SIGTERM');
  await new Promise((r) => (child?.exitCode !== null ? r(null) : child.once('exit', r)));
  await rm(dir, { recursive: true, force: true });
});

describe('vigil serve', () => {
  it('loads the sample corpus into an empty database and says so', () => {
    expect(stderr).toMatch(/loaded the sample corpus: \d+ documents, \d+ events/);
  });

  it('serves events over HTTP', async () => {
    const res = await fetch(`${base}/api/events?limit=20`);
    expect(res.status).toBe(200);
    const page = (await res.json()) as { items: unknown[]; total: number };
    expect(page.items.length).toBeGreaterThanOrEqual(10);
  });

  it('serves the web app at / with a content security policy', async () => {
    const res = await fetch(`${base}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
  });

  it('answers unknown API routes with a JSON 404', async () => {
    const res = await fetch(`${base}/api/nothing-here`);
    expect(res.status).toBe(404);
    expect(await res.json()).toHaveProperty('error');
  });
});
