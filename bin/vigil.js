#!/usr/bin/env node
// The `vigil` command. It runs the TypeScript sources through tsx's loader, so there is no
// separate build step to forget and no stale compiled copy to run by mistake.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
