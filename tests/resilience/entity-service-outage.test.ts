import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEntityServiceProcess, type EntityServiceProcess } from '../entities/entity-service-process';
import { startGatewayProcess, type GatewayProcess } from '../helpers/gateway-process';
import { parsePrometheusText, valueOf } from '../observability/prometheus-text';

const FRONT_PAGE = '{ articles(first: 10) { nodes { headline people { name } organizations { name } quotes { text speaker { name } } } } }';

interface FrontPage {
  data: {
    articles: { nodes: { headline: string; people: { name: string }[] | null; organizations: unknown[] | null; quotes: { speaker: unknown }[] }[] };
  };
  errors?: { path?: (string | number)[]; extensions?: { code?: string } }[];
}

/**
 * The entity-service fault, with real processes: the compiled gateway talks to a
 * standalone entity service over HTTP (ENTITY_SERVICE_URL). The entity service
 * is killed (SIGKILL: no goodbye) and later restarted on the same port and
 * database; the gateway degrades, then recovers without being touched.
 */
describe('the gateway when its entity service process dies and comes back', () => {
  let dir: string;
  let entityService: EntityServiceProcess;
  let gateway: GatewayProcess;
  let port: string;
  const entityEnv = () => ({ ENTITY_DATABASE_URL: join(dir, 'entities.db'), ENTITY_SERVICE_PORT: port });

  const base = () => gateway.url.replace(/\/graphql$/, '');
  const frontPage = async (): Promise<FrontPage> => {
    const res = await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: FRONT_PAGE }) });
    expect(res.status).toBe(200);
    return (await res.json()) as FrontPage;
  };
  const metric = async (name: string, labels: Record<string, string> = {}): Promise<number | undefined> =>
    valueOf(parsePrometheusText(await (await fetch(`${base()}/metrics`)).text()), name, labels);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'newsgraph-outage-'));
    port = '0';
    entityService = await startEntityServiceProcess(entityEnv());
    port = new URL(entityService.url).port;
    gateway = await startGatewayProcess({
      DATABASE_URL: join(dir, 'news.db'),
      ENTITY_SERVICE_URL: entityService.url,
      ENTITY_TIMEOUT_MS: '1000',
      ENTITY_RETRIES: '2',
      ENTITY_BREAKER_THRESHOLD: '3',
      ENTITY_BREAKER_COOLDOWN_MS: '1000',
      // Every query must reach the entity service: a cached answer would hide the outage being tested.
      RESPONSE_CACHE: 'off',
    });
  }, 30000);

  afterAll(async () => {
    expect(await gateway.stop()).toBe(0);
    await entityService.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves people from the entity service while it is up', async () => {
    const body = await frontPage();
    expect(body.errors).toBeUndefined();
    expect(body.data.articles.nodes[0].people!.length).toBeGreaterThan(0);
    expect((await fetch(`${base()}/readyz`)).status).toBe(200);
  });

  it('still serves articles, with UPSTREAM_UNAVAILABLE at the entity paths, once the entity service is killed', async () => {
    entityService.child.kill('SIGKILL');
    await entityService.stop();
    const body = await frontPage();
    const [article] = body.data.articles.nodes;
    expect(article.headline).toBeTruthy();
    expect(article.people).toBeNull();
    expect(article.organizations).toBeNull();
    expect(article.quotes.length).toBeGreaterThan(0);
    for (const quote of article.quotes) expect(quote.speaker).toBeNull();
    expect(new Set(body.errors!.map((e) => e.extensions?.code))).toEqual(new Set(['UPSTREAM_UNAVAILABLE']));
    expect(body.errors!.map((e) => e.path!.join('.'))).toContain('articles.nodes.0.people');
  });

  it('fails fast while the breaker is open: further queries send nothing to the network', async () => {
    expect(await metric('newsgraph_entity_service_breaker_state', { state: 'open' })).toBe(1);
    const before = await metric('newsgraph_entity_service_calls_total');
    for (let i = 0; i < 5; i++) {
      const body = await frontPage();
      expect(body.data.articles.nodes[0].people).toBeNull();
    }
    const after = await metric('newsgraph_entity_service_calls_total');
    // Without the breaker each query would send 3 tries of each entity read;
    // with it, at most the one probe let through when the cooldown ends.
    expect(after! - before!).toBeLessThanOrEqual(1);
    expect(await metric('newsgraph_entity_service_failures_total', { endpoint: 'POST /entities/batch', kind: 'short_circuit' })).toBeGreaterThan(0);
  });

  it('answers /readyz with 503 while the entity service is down', async () => {
    const res = await fetch(`${base()}/readyz`);
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ status: 'not ready', checks: { store: 'ok' } });
  });

  it('recovers by itself when the entity service returns on the same port and database', async () => {
    entityService = await startEntityServiceProcess(entityEnv());
    expect(new URL(entityService.url).port).toBe(port);
    let body = await frontPage();
    // Bounded poll: the breaker lets a probe through once its 1 s cooldown has passed.
    for (let i = 0; i < 100 && body.data.articles.nodes[0].people === null; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      body = await frontPage();
    }
    expect(body.errors).toBeUndefined();
    expect(body.data.articles.nodes[0].people!.length).toBeGreaterThan(0);
    expect((await fetch(`${base()}/readyz`)).status).toBe(200);
    expect(await metric('newsgraph_entity_service_breaker_state', { state: 'closed' })).toBe(1);
  });
});
