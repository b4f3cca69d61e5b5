import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { Progress } from './progress.js';

const sink = () =>
  Object.assign(new Writable({ write: (_c, _e, done) => done() }), { isTTY: false }) as NodeJS.WriteStream;

describe('Progress', () => {
  it('counts documents and failures against the estimate', () => {
    const p = new Progress(4, sink());
    p.tick(false);
    p.tick(true);
    expect(p.line()).toMatch(/^2\/4 documents · [\d.]+\/s · 1 failed/);
  });

  it('drops the estimate once a feed yields more documents than inputs', () => {
    const p = new Progress(1, sink());
    p.tick(false);
    p.tick(false);
    expect(p.line()).toMatch(/^2 documents · /);
    expect(p.line()).not.toContain('left');
  });
});
