import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectPath, projectRoot } from './project-path.js';

describe('projectPath', () => {
  it('finds the repository root and files in it', () => {
    expect(readFileSync(projectPath('package.json'), 'utf8')).toContain('"name": "vigil"');
    expect(projectPath('src', 'x')).toBe(join(projectRoot(), 'src', 'x'));
  });

  // The compiled CLI (dist/cli/) runs these modules from another folder: a path relative to a
  // module's own URL would point into dist/ there.
  it('is the only way run-time code finds files: no import.meta.url elsewhere in src/', () => {
    const offenders = readdirSync(projectPath('src'), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name))
      .map((e) => join(e.parentPath, e.name))
      .filter((file) => !file.endsWith('project-path.ts') && readFileSync(file, 'utf8').includes('import.meta.url'));
    expect(offenders).toEqual([]);
  });
});
