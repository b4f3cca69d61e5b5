/**
 * Files the program reads at run time — knowledge tables, models, the sample corpus, the built web
 * app — by their path in the project. They are found from the project root rather than from the
 * module's own URL, so the same code runs from its TypeScript sources and from the compiled CLI in
 * dist/cli/ (see scripts/build-cli.mjs).
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/** The folder holding package.json above this module: the repository (or installed package). */
export function projectRoot(): string {
  if (root) return root;
  const from = dirname(fileURLToPath(import.meta.url));
  let dir = from;
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error(`cannot find the Vigil project root (a package.json) above ${from}`);
    dir = up;
  }
  root = dir;
  return dir;
}

/** `projectPath('src', 'extract', 'model', 'roles.json')` → "/…/vigil/src/extract/model/roles.json". */
export const projectPath = (...parts: string[]): string => join(projectRoot(), ...parts);
