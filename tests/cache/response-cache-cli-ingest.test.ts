import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startGatewayProcess, type GatewayProcess } from '../helpers/gateway-process';

const root = join(__dirname, '..', '..');
const COUNT_QUERY = '{ articles(first: 1) { totalCount } }';

/**
 * A gateway without Redis keeps its cached answers in its own memory. An ingest by another
 * process (`npm run ingest`) on the same SQLite file reaches it through the file's data
 * version: the very next request after the ingest is answered from the new data.
 */
describe('the in-memory response cache and `npm run ingest` on the same SQLite file', () => {
  let dir: string;
  let gateway: GatewayProcess;
  let env: Record<string, string>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'newsgraph-cache-ingest-'));
    env = { DATABASE_URL: join(dir, 'news.db'), ENTITY_DATABASE_URL: join(dir, 'entities.db'), ENTITY_SERVICE_URL: '', REDIS_URL: '' };
    gateway = await startGatewayProcess(env);
  }, 30000);

  afterAll(async () => {
    await gateway?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  async function totalCount(): Promise<{ count: number; cache: string | null }> {
    const response = await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: COUNT_QUERY }) });
    const body = (await response.json()) as { data: { articles: { totalCount: number } } };
    return { count: body.data.articles.totalCount, cache: response.headers.get('x-cache') };
  }

  it('answers the new totalCount at the first request after the ingest', async () => {
    await totalCount();
    expect(await totalCount()).toEqual({ count: 1, cache: 'HIT' });

    const source = readdirSync(join(root, 'eval', 'articles')).find((f) => f.endsWith('.txt'));
    const file = join(dir, 'story.txt');
    writeFileSync(file, readFileSync(join(root, 'eval', 'articles', source!), 'utf8'));
    const ingest = spawnSync(process.execPath, [join(root, 'dist', 'src', 'cli', 'ingest.js'), file], { env: { ...process.env, ...env }, encoding: 'utf8' });
    expect(ingest.stdout).toMatch(/1 created/);

    expect(await totalCount()).toEqual({ count: 2, cache: 'MISS' });
    expect(await totalCount()).toEqual({ count: 2, cache: 'HIT' });
  });
});
