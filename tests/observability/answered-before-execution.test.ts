import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config/config';
import { startApp, type App } from '../../src/server/app';
import { parsePrometheusText, valueOf } from './prometheus-text';
import { capturingLogger } from '../helpers/log-capture';

/**
 * Cache hits and rate-limit refusals never reach Apollo's plugins; the
 * gateway reports them itself, so logs and metrics still see every request.
 */
describe('requests answered before execution are logged and counted', () => {
  let dir: string;
  let app: App;
  const { logger, lines } = capturingLogger();

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'newsgraph-answered-'));
    const env = {
      PORT: '0',
      DATABASE_URL: join(dir, 'news.db'),
      ENTITY_DATABASE_URL: join(dir, 'entities.db'),
      RATE_LIMIT_PER_IP: '3',
    };
    app = await startApp(loadConfig(env), logger);
  });

  afterAll(async () => {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const get = (query: string, requestId: string) =>
    fetch(`${app.url}?query=${encodeURIComponent(query)}`, {
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true', 'x-request-id': requestId },
    });

  it('logs a cache hit and a 429 with their request ids, and counts them in /metrics', async () => {
    const query = '{ articles(first: 1) { totalCount } }';
    expect((await get(query, 'first')).headers.get('x-cache')).toBe('MISS');
    const hit = await get(query, 'second');
    expect(hit.headers.get('x-cache')).toBe('HIT');
    expect((await get('{ articles(first: 2) { totalCount } }', 'third')).status).toBe(200);
    const refused = await get(query, 'fourth');
    expect(refused.status).toBe(429);

    const answered = lines.filter((l) => l.msg === 'graphql request answered before execution');
    expect(answered.map((l) => [l.requestId, l.answeredBy, l.httpStatus])).toEqual([
      ['second', 'cache', 200],
      ['fourth', 'route', 429],
    ]);

    const metrics = parsePrometheusText(await (await fetch(app.url.replace(/\/graphql$/, '/metrics'))).text());
    expect(valueOf(metrics, 'newsgraph_graphql_answered_before_execution_total', { by: 'cache', status: '200' })).toBe(1);
    expect(valueOf(metrics, 'newsgraph_graphql_answered_before_execution_total', { by: 'route', status: '429' })).toBe(1);
    expect(valueOf(metrics, 'newsgraph_graphql_errors_total', { code: 'RATE_LIMITED' })).toBe(1);
  });
});
