/**
 * The `vigil` command as a user runs it: a real process, a real SQLite file, real files on disk.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentCompiledCli } from '../../bin/compiled-cli.js';

const BIN = new URL('../../bin/vigil.js', import.meta.url).pathname;

function vigil(args: string[], stdin?: string, env: Record<string, string> = {}) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(stdin ?? '');
  });
}

let dir: string;
let db: string;
const REPORT =
  'KABUL, Oct 15 (Test Wire) - A roadside bomb killed two Taliban fighters in Jalalabad, Nangarhar province, on Thursday, local officials said.';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vigil-cli-'));
  db = join(dir, 'cli.sqlite');
  await writeFile(join(dir, 'good.txt'), REPORT);
  await writeFile(join(dir, 'empty.txt'), '');
  await writeFile(join(dir, 'binary.txt'), Buffer.from([0, 1, 2, 3, 255, 254, 0, 0, 7]));
  await writeFile(join(dir, 'fake.pdf'), '<html><body>not a pdf</body></html>');
});

afterAll(() => rm(dir, { recursive: true, force: true }));

describe('vigil --help', () => {
  it.each(['ingest', 'extract', 'serve', 'demo', 'export'])('explains %s', async (name) => {
    const r = await vigil([name, '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`vigil ${name}`);
  });

  it('lists the commands and rejects an unknown one', async () => {
    expect((await vigil(['--help'])).stdout).toMatch(/ingest[\s\S]*export/);
    const r = await vigil(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown command "frobnicate"');
  });
});

describe('vigil ingest', () => {
  it('stores the good input, names each bad one with its reason, and exits 1', async () => {
    const r = await vigil([
      'ingest',
      '--db',
      db,
      join(dir, 'good.txt'),
      join(dir, 'empty.txt'),
      join(dir, 'binary.txt'),
      join(dir, 'fake.pdf'),
      join(dir, 'missing.txt'),
    ]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/created .*good\.txt/);
    for (const bad of ['empty.txt', 'binary.txt', 'fake.pdf', 'missing.txt'])
      expect(r.stderr).toMatch(new RegExp(`error: .*${bad.replace('.', '\\.')}: \\S`));
    expect(r.stderr).toMatch(/4 failed/);
  });

  it('changes nothing when the same content comes again', async () => {
    const r = await vigil(['ingest', '--db', db, join(dir, 'good.txt')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/unchanged .*good\.txt/);
  });

  it('retries only the failed inputs', async () => {
    await writeFile(join(dir, 'empty.txt'), REPORT.replace('two', 'three'));
    const r = await vigil(['ingest', '--db', db, '--retry-failed']);
    expect(r.stdout).toMatch(/created .*empty\.txt/);
    expect(r.stdout).not.toContain('good.txt');
    expect(r.stderr).toMatch(/3 failed/);
  });

  it('exports the stored events as JSON lines', async () => {
    const out = join(dir, 'events.jsonl');
    const r = await vigil(['export', '--db', db, '--out', out]);
    expect(r.code).toBe(0);
    const lines = (await readFile(out, 'utf8')).trim().split('\n').filter(Boolean);
    expect(lines.length).toBeGreaterThan(0);
    for (const l of lines) expect(JSON.parse(l)).toHaveProperty('evidence');
  });
});

describe('vigil extract', () => {
  it('prints the contract for a file', async () => {
    const r = await vigil(['extract', join(dir, 'good.txt'), '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.document.text).toContain('roadside bomb');
    expect(out.events.length).toBeGreaterThan(0);
    expect(Array.isArray(out.entities)).toBe(true);
  });

  it('streams one line per batch input, in order', async () => {
    const input = ['a', 'b', 'c']
      .map((id, i) => JSON.stringify({ id, text: i === 1 ? '' : REPORT, published: '2021-10-16' }))
      .join('\n');
    const r = await vigil(['extract', '--batch'], `${input}\n`);
    expect(r.code).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', 'b', 'c']);
    expect(lines[0].events.length).toBeGreaterThan(0);
    expect(lines[1].events).toEqual([]);
  });

  // without a current compiled copy both runs would be the sources, and the comparison says nothing
  it.skipIf(!currentCompiledCli())(
    'gives the same output from the TypeScript sources as from the compiled copy',
    async () => {
      const input = `${JSON.stringify({ id: 'a', text: REPORT, published: '2021-10-16' })}\n`;
      const fromSource = await vigil(['extract', '--batch'], input, { VIGIL_FROM_SOURCE: '1' });
      const current = await vigil(['extract', '--batch'], input);
      expect(fromSource.code).toBe(0);
      expect(current.stdout).toBe(fromSource.stdout);
    },
  );
});
