#!/usr/bin/env node
// The `vigil` command. `npm run build` compiles it into dist/cli/; that copy runs while it is newer
// than every file under src/ (see compiled-cli.js). Otherwise — a fresh clone, or sources edited
// since the build — the TypeScript sources run through tsx's loader, so a stale copy never runs.
import { currentCompiledCli } from './compiled-cli.js';

const compiled = currentCompiledCli();
let main;
if (compiled) ({ main } = await import(compiled.href));
else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/cli/main.ts'));
}
process.exitCode = await main(process.argv.slice(2));
