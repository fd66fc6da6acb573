import { userInfo } from 'node:os';
import { Client } from 'pg';
import { loadConfig } from '../../src/config/config';
import { ConfigError, postgresTarget } from '../../src/config/env-values';

describe('postgres:// URLs for the stores', () => {
  it('splits off ?schema= and keeps everything else', () => {
    expect(postgresTarget('postgres://u@db:5432/news?schema=newsroom&sslmode=disable', 'DATABASE_URL', {})).toEqual({
      url: 'postgres://u@db:5432/news?sslmode=disable',
      schema: 'newsroom',
    });
    expect(postgresTarget('postgres://u@db/news', 'DATABASE_URL', {})).toEqual({ url: 'postgres://u@db/news', schema: undefined });
  });

  it('connects as the operating-system user when neither the URL, PGUSER nor USER names one (as libpq does)', () => {
    const { url } = postgresTarget('postgres://127.0.0.1:5432/test', 'DATABASE_URL', {});
    expect(new URL(url).username).toBe(encodeURIComponent(userInfo().username));
    expect(postgresTarget('postgres://127.0.0.1:5432/test', 'DATABASE_URL', { USER: 'someone' }).url).toBe('postgres://127.0.0.1:5432/test');
  });

  it('refuses a schema that is not a plain lowercase identifier, naming the variable', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgres://db/news?schema=News;DROP' })).toThrow(ConfigError);
    expect(() => loadConfig({ ENTITY_DATABASE_URL: 'postgres://db/news?schema=a-b' })).toThrow(/^ENTITY_DATABASE_URL: /);
  });

  it('the URL from the docs connects as is', async () => {
    const client = new Client({ connectionString: postgresTarget('postgres://127.0.0.1:5432/test', 'DATABASE_URL', { PGUSER: process.env.PGUSER, USER: process.env.USER }).url });
    await client.connect();
    try {
      expect((await client.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
    } finally {
      await client.end();
    }
  });
});
