#!/usr/bin/env node
// The `vigil` command. `npm run build` compiles it into dist/cli/; that copy runs while it is newer
// than every file under src/ (see compiled-cli.js). Otherwise — a fresh clone, or sources edited
// since the build — the TypeScript sources run through tsx's loader, so a stale copy never runs.
import { setFlagsFromString } from 'node:v8';
import { currentCompiledCli } from './compiled-cli.js';

// V8 compiles a function with TurboFan once it has run through an "interrupt budget" of bytecode,
// and again each time its type feedback changes. With the default budget (132 KB) a batch spent
// about as much CPU compiling the engine's big functions as running them: over 3,000 MUC-4 texts
// on one core, --trace-opt counted 448 compilations and 6.5 s of compile work. With 1 MB: 108
// compilations, 1.1 s, and the whole run 6.2 CPU-s instead of 8.2 (bench/speed.mjs --core 1,
// three runs each, same output). Set before the code below loads: a function takes its budget
// when it is created.
setFlagsFromString('--interrupt-budget=1000000');

const compiled = currentCompiledCli();
let main;
if (compiled) ({ main } = await import(compiled.href));
else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/cli/main.ts'));
}
process.exitCode = await main(process.argv.slice(2));
