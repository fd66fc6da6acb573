import { Client } from 'pg';
import { startEntityServiceProcess, type EntityServiceProcess } from '../entities/entity-service-process';
import { startGatewayProcess, type GatewayProcess } from '../helpers/gateway-process';
import { TEST_DATABASE_URL, dropSchema } from '../helpers/test-services';

async function sql(statement: string): Promise<void> {
  const client = new Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/**
 * Readiness means the stores answer a read of their own tables: a PostgreSQL schema that
 * was dropped and recreated empty (the connection still works, every query fails) is not
 * ready, for the gateway's article store and for the entity service behind it.
 */
describe('/readyz when a PostgreSQL schema is dropped under a running gateway', () => {
  const run = `${process.pid}_${Date.now().toString(36)}`;
  const articles = `ng_ready_articles_${run}`;
  const entities = `ng_ready_entities_${run}`;
  let entityService: EntityServiceProcess;
  let gateway: GatewayProcess;
  const readyz = async (): Promise<{ status: number; body: { status: string; checks: { store: string; entities: string } } }> => {
    const res = await fetch(gateway.url.replace(/\/graphql$/, '/readyz'));
    return { status: res.status, body: (await res.json()) as { status: string; checks: { store: string; entities: string } } };
  };

  beforeAll(async () => {
    entityService = await startEntityServiceProcess({ ENTITY_DATABASE_URL: `${TEST_DATABASE_URL}?schema=${entities}` });
    gateway = await startGatewayProcess({ DATABASE_URL: `${TEST_DATABASE_URL}?schema=${articles}`, ENTITY_SERVICE_URL: entityService.url });
  }, 60000);

  afterAll(async () => {
    await gateway?.stop();
    await entityService?.stop();
    await dropSchema(articles);
    await dropSchema(entities);
  });

  it('answers 200 while the schemas are there', async () => {
    expect(await readyz()).toEqual({ status: 200, body: { status: 'ready', checks: { store: 'ok', entities: 'ok' } } });
  });

  it('answers 503 naming the article store once its schema is dropped and recreated empty', async () => {
    await sql(`DROP SCHEMA ${articles} CASCADE; CREATE SCHEMA ${articles}`);
    const { status, body } = await readyz();
    expect(status).toBe(503);
    expect(body.checks.store).toMatch(/^unavailable: .*articles/);
    expect(body.checks.entities).toBe('ok');
  });

  it("answers 503 naming the entity service once the entity service's schema is gone", async () => {
    await sql(`DROP SCHEMA ${entities} CASCADE; CREATE SCHEMA ${entities}`);
    const health = await fetch(`${entityService.url}/healthz`);
    expect(health.status).toBe(503);
    const { status, body } = await readyz();
    expect(status).toBe(503);
    expect(body.checks.entities).toMatch(/^unavailable/);
  });
});
