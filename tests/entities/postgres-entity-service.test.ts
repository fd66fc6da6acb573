import { Client } from 'pg';
import { UpstreamError } from '../../src/errors';
import { openEntityService } from '../../src/entities/open-entity-service';
import { PostgresEntityService } from '../../src/entities/postgres-entity-service';
import { describeEntityServiceContract } from './entity-service-contract';
import { TEST_DATABASE_URL, dropSchema } from '../helpers/test-services';


/** A schema name of this run's own, dropped afterwards. */
function freshSchema(label: string): string {
  return `ng_entities_${label}_${process.pid}_${Date.now().toString(36)}`;
}


const contractSchema = freshSchema('contract');
let contractService: PostgresEntityService | undefined;

describeEntityServiceContract(
  'PostgresEntityService',
  async () => (contractService = await PostgresEntityService.open(TEST_DATABASE_URL, { schema: contractSchema })),
  async () => {
    await contractService?.close();
    await dropSchema(contractSchema);
  },
);

describe('PostgresEntityService storage', () => {
  const schema = freshSchema('storage');
  afterAll(() => dropSchema(schema));

  test('ENTITY_DATABASE_URL with ?schema= opens it in that schema; data survives reopen; migrations run once', async () => {
    const url = `${TEST_DATABASE_URL}?schema=${schema}`;
    const first = await openEntityService({ entityServiceUrl: null, entityDatabaseUrl: url, entityBatchSize: 100, entityTimeoutMs: 2000 });
    expect(first).toBeInstanceOf(PostgresEntityService);
    const [created] = await first.upsert([{ type: 'person', name: 'Catherine Ashton', aliases: ['Baroness Ashton'] }]);
    await first.close();

    const again = await PostgresEntityService.open(TEST_DATABASE_URL, { schema });
    expect(await again.getByIds([created.id])).toEqual([created]);
    await again.close();

    const client = new Client({ connectionString: TEST_DATABASE_URL });
    await client.connect();
    try {
      const versions = await client.query(`SELECT version FROM ${schema}.entity_schema_migrations`);
      expect(versions.rows).toEqual([{ version: 1 }, { version: 2 }]);
    } finally {
      await client.end();
    }
  });

  test('concurrent id-less upserts of one name create one entity', async () => {
    const a = await PostgresEntityService.open(TEST_DATABASE_URL, { schema });
    const b = await PostgresEntityService.open(TEST_DATABASE_URL, { schema });
    try {
      const results = await Promise.all([
        a.upsert([{ type: 'organization', name: 'Quai d’Orsay' }]),
        b.upsert([{ type: 'organization', name: "quai d'orsay", aliases: ['French Foreign Ministry'] }]),
        a.upsert([{ type: 'organization', name: 'QUAI D’ORSAY' }]),
      ]);
      expect(new Set(results.map(([r]) => r.id)).size).toBe(1);
    } finally {
      await a.close();
      await b.close();
    }
  });

  test('a closed or unreachable database is an UpstreamError', async () => {
    const service = await PostgresEntityService.open(TEST_DATABASE_URL, { schema });
    await service.close();
    await expect(service.getByIds([1])).rejects.toBeInstanceOf(UpstreamError);
    await expect(service.ping()).rejects.toBeInstanceOf(UpstreamError);
  });

  test('refuses a schema name that is not a plain identifier', async () => {
    await expect(PostgresEntityService.open(TEST_DATABASE_URL, { schema: 'x; DROP TABLE y' })).rejects.toThrow(/schema name/);
    await expect(
      openEntityService({ entityServiceUrl: null, entityDatabaseUrl: `${TEST_DATABASE_URL}?schema=Bad-Name`, entityBatchSize: 1, entityTimeoutMs: 50 }),
    ).rejects.toThrow(/ENTITY_DATABASE_URL/);
  });
});
