#!/usr/bin/env node
// Compiles the `vigil` command into dist/cli/ (one ES module per entry and lazily loaded command,
// npm packages left external but for BUNDLED). bin/vigil.js runs this copy while it is newer than
// every source file, and the TypeScript sources through tsx otherwise: the compiled copy starts
// faster (no loader thread, no per-module transpiling), the sources never go stale. Run by
// `npm run build`. chrono-node is bundled: its 267 small modules cost about 0.25 s of CPU to load
// one by one, 0.05 s as part of our own chunk (the batch path loads no other npm package but zod).
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'dist', 'cli');
const BUNDLED = new Set(['chrono-node']);
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const external = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies })
  .filter((name) => !BUNDLED.has(name))
  .flatMap((name) => [name, `${name}/*`]);
rmSync(outdir, { recursive: true, force: true });
const started = performance.now();
await build({
  entryPoints: [join(root, 'src', 'cli', 'main.ts')],
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external,
  sourcemap: 'linked',
  logLevel: 'warning',
});
console.log(`CLI compiled to dist/cli/ in ${((performance.now() - started) / 1000).toFixed(1)} s`);
