import { HttpEntityService } from '../../src/entities/http-entity-service';
import { SqliteEntityService } from '../../src/entities/sqlite-entity-service';
import { buildNewsroom } from '../helpers/newsroom-fixture';
import { startTestGateway, type TestGateway } from '../helpers/test-gateway';
import { closedPort } from '../helpers/closed-port';


describe('when the entity service is unreachable', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    // Write the newsroom with a working entity service, then serve through a client pointing at nothing.
    const entities = SqliteEntityService.open(':memory:');
    const unreachable = new HttpEntityService({ baseUrl: `http://127.0.0.1:${await closedPort()}`, timeoutMs: 500 });
    gw = await startTestGateway({ entities: unreachable });
    await buildNewsroom(gw.store, entities, 2);
    await entities.close();
  });
  afterAll(() => gw.close());

  it('articles still arrive, with UPSTREAM_UNAVAILABLE at the entity paths', async () => {
    const res = await gw.query<{ articles: { nodes: { headline: string; people: unknown; organizations: unknown; quotes: { text: string; speaker: unknown }[] }[] } }>(
      '{ articles { nodes { headline people { name } organizations { name } quotes { text speaker { name } } } } }',
    );
    expect(res.status).toBe(200);
    const nodes = res.body.data!.articles.nodes;
    expect(nodes.map((n) => n.headline)).toEqual(['Day 1: a meeting at the Senate Committee on Ways', 'Day 0: a meeting at the Ministry of Truth']);
    for (const n of nodes) {
      expect(n.people).toBeNull();
      expect(n.organizations).toBeNull();
      expect(n.quotes.map((q) => q.speaker)).toEqual([null, null]);
      expect(n.quotes).toHaveLength(2);
    }
    const codes = new Set(res.body.errors!.map((e) => e.extensions!.code));
    expect(codes).toEqual(new Set(['UPSTREAM_UNAVAILABLE']));
    const paths = res.body.errors!.map((e) => e.path!.join('.'));
    expect(paths).toContain('articles.nodes.0.people');
    expect(paths).toContain('articles.nodes.1.quotes.0.speaker');
  });

  it('/readyz answers 503', async () => {
    const res = await fetch(gw.url.replace(/\/graphql$/, '/readyz'));
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ status: 'not ready', checks: { store: 'ok' } });
  });
});
