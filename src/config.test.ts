import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PORT, databaseConfig, describeDatabase, portConfig } from './config.js';

describe('databaseConfig', () => {
  it.each([
    ['nothing → the default SQLite file', undefined, {}, { sqlitePath: resolve('data/local/vigil.sqlite') }],
    ['VIGIL_DB', undefined, { VIGIL_DB: 'x.sqlite' }, { sqlitePath: resolve('x.sqlite') }],
    [
      'VIGIL_DATABASE_URL',
      undefined,
      { VIGIL_DATABASE_URL: 'postgres://u@h/db' },
      { databaseUrl: 'postgres://u@h/db' },
    ],
    [
      '--db wins over the environment',
      'y.sqlite',
      { VIGIL_DATABASE_URL: 'postgres://u@h/db' },
      { sqlitePath: resolve('y.sqlite') },
    ],
    ['--db with a postgresql:// URL', 'postgresql://h/db', {}, { databaseUrl: 'postgresql://h/db' }],
  ])('%s', (_name, flag, env, expected) => expect(databaseConfig(flag, env)).toEqual(expected));

  it('hides credentials when describing a PostgreSQL URL', () => {
    expect(describeDatabase({ databaseUrl: 'postgres://me:secret@host/db' })).toBe('PostgreSQL postgres://…@host/db');
  });
});

describe('portConfig', () => {
  it.each([
    [undefined, {}, DEFAULT_PORT],
    [undefined, { PORT: '8080' }, 8080],
    ['9000', { PORT: '8080' }, 9000],
  ])('flag %s env %o → %i', (flag, env, port) => expect(portConfig(flag, env)).toBe(port));

  it('names a bad value', () => expect(() => portConfig('http')).toThrow('port "http" is not a TCP port number'));
});
