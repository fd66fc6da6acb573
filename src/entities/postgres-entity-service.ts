import { createHash } from 'node:crypto';
import type { Pool, PoolClient } from 'pg';
import { createPostgresPool } from '../db/postgres-pool';
import { InvalidInputError, UpstreamError } from '../errors';
import { checkEntitySize, expectIds, expectListQuery, expectLookups, expectUpserts, type EntitySize } from './entity-input';
import type { EntityService } from './entity-service';
import { normalizeName } from './normalize-name';
import { entityFromRow, escapeLike, roleKey, type EntityRow as EntityRowOf } from './entity-rows';
import { POSTGRES_ENTITY_MIGRATIONS } from './postgres-entity-migrations';
import type {
  EntityList,
  EntityListQuery,
  EntityLookup,
  EntityRecord,
  EntityType,
  EntityUpsert,
  OrganizationKind,
  RoleRecord,
} from '../records/entity-records';

/** The columns every entity read returns, aliases and roles folded in as JSON (so a read stays one statement). */
const ENTITY_COLUMNS = `
  e.id, e.type, e.name, e.kind, e.country, e.parent_id, e.title,
  coalesce((SELECT json_agg(a.alias ORDER BY a.id) FROM aliases a WHERE a.entity_id = e.id), '[]'::json) AS aliases,
  coalesce((SELECT json_agg(json_build_object('title', r.title, 'organizationId', r.organization_id) ORDER BY r.id)
     FROM roles r WHERE r.person_id = e.id), '[]'::json) AS roles`;

/** Best match first: richer entities (more roles and aliases) win ties, then the older one. */
const RICHNESS = `(SELECT count(*) FROM roles r WHERE r.person_id = e.id) + (SELECT count(*) FROM aliases a WHERE a.entity_id = e.id)`;

/** Serializes upserts across every process sharing the database, so that two merges by name cannot both create. */
const UPSERT_LOCK = "hashtext('newsgraph.entities.upsert.' || coalesce(current_schema(), ''))";
const MIGRATION_LOCK = "hashtext('newsgraph.entities.migrate')";


type EntityRow = EntityRowOf<{ aliases: string[]; roles: RoleRecord[] }>;

type Queryable = Pick<PoolClient, 'query'>;

function toRecord(row: EntityRow): EntityRecord {
  return entityFromRow(row, row.aliases, () => row.roles);
}


/**
 * The entity service's store on PostgreSQL, over a pg Pool; same behaviour as
 * SqliteEntityService (the shared contract suite runs against both). Every
 * read is one statement whatever the number of keys (keys travel as one array
 * parameter); every upsert call is one transaction, serialized with the
 * upserts of other processes by an advisory lock.
 */
export class PostgresEntityService implements EntityService {
  private served = 0;
  private closed = false;

  private constructor(private readonly pool: Pool) {}

  /**
   * Connects and migrates. `schema` (lowercase letters, digits, _) puts the
   * tables in that schema, created if missing, and makes it the search_path
   * of every pooled connection; without it the server's default applies.
   */
  static async open(url: string, options: { schema?: string } = {}): Promise<PostgresEntityService> {
    const schema = options.schema;
    const pool = createPostgresPool(url, schema);
    try {
      await migrate(pool, schema);
    } catch (error) {
      await pool.end();
      throw error;
    }
    return new PostgresEntityService(pool);
  }

  /** Calls served since open (empty batches are answered without counting). */
  get requestCount(): number {
    return this.served;
  }

  async getByIds(ids: readonly number[]): Promise<(EntityRecord | null)[]> {
    const keys = expectIds(ids, 'ids');
    if (keys.length === 0) return [];
    return this.serve(() => this.readByIds(this.pool, keys));
  }

  async lookup(lookups: readonly EntityLookup[]): Promise<EntityRecord[][]> {
    const queries = expectLookups(lookups, 'lookups');
    if (queries.length === 0) return [];
    return this.serve(() => this.readLookups(queries));
  }

  private async readLookups(queries: readonly EntityLookup[]): Promise<EntityRecord[][]> {
    const rows = await this.query<EntityRow & { idx: number }>(
      `WITH q (norm, type, idx) AS (SELECT * FROM unnest($1::text[], $2::text[]) WITH ORDINALITY),
       hits (idx, id, rank) AS (
         SELECT q.idx, e.id, 0 FROM q
           JOIN entities e ON e.normalized_name = q.norm AND (q.type IS NULL OR e.type = q.type)
         UNION ALL
         SELECT q.idx, e.id, 1 FROM q
           JOIN aliases a ON a.normalized_alias = q.norm
           JOIN entities e ON e.id = a.entity_id AND (q.type IS NULL OR e.type = q.type)
       ),
       best (idx, id, rank) AS (SELECT idx, id, min(rank) FROM hits GROUP BY idx, id)
       SELECT best.idx - 1 AS idx, ${ENTITY_COLUMNS}
       FROM best JOIN entities e ON e.id = best.id
       ORDER BY best.idx, best.rank, ${RICHNESS} DESC, e.id`,
      [queries.map((q) => normalizeName(q.name)), queries.map((q) => q.type ?? null)],
    );
    const results: EntityRecord[][] = queries.map(() => []);
    for (const row of rows) results[row.idx].push(toRecord(row));
    return results;
  }

  async membersOf(organizationIds: readonly number[]): Promise<number[][]> {
    const keys = expectIds(organizationIds, 'organizationIds');
    if (keys.length === 0) return [];
    return this.serve(() => this.readMembers(keys));
  }

  private async readMembers(keys: readonly number[]): Promise<number[][]> {
    const rows = await this.query<{ idx: number; person_id: number }>(
      `SELECT DISTINCT k.idx - 1 AS idx, r.person_id, p.name
       FROM unnest($1::bigint[]) WITH ORDINALITY AS k (organization_id, idx)
         JOIN roles r ON r.organization_id = k.organization_id
         JOIN entities p ON p.id = r.person_id
       ORDER BY k.idx - 1, p.name, r.person_id`,
      [keys],
    );
    const members: number[][] = keys.map(() => []);
    for (const row of rows) members[row.idx].push(row.person_id);
    return members;
  }

  async list(query: EntityListQuery): Promise<EntityList> {
    const valid = expectListQuery(query);
    return this.serve(() => this.readPage(valid));
  }

  private async readPage({ type, search, limit, after }: EntityListQuery): Promise<EntityList> {
    const needle = search ? normalizeName(search) : '';
    // Search text with no letters or digits (only punctuation, say) matches nothing, as in the article store.
    if (search?.trim() && needle === '') return { items: [], totalCount: 0 };
    const pattern = needle === '' ? null : `%${escapeLike(needle)}%`;
    // One statement: the count of all matches rides along (LEFT JOIN keeps it when the page is empty).
    const rows = await this.query<Partial<EntityRow> & { total: number }>(
      `WITH matching AS (
         SELECT e.* FROM entities e
         WHERE e.type = $1
           AND ($2::text IS NULL
                OR e.normalized_name LIKE $2 ESCAPE '\\'
                OR EXISTS (SELECT 1 FROM aliases a
                           WHERE a.entity_id = e.id AND a.normalized_alias LIKE $2 ESCAPE '\\'))
       ),
       page AS (
         SELECT ${ENTITY_COLUMNS} FROM matching e
         WHERE $4::bigint IS NULL OR e.name > $3::text OR (e.name = $3::text AND e.id > $4::bigint)
         ORDER BY e.name, e.id
         LIMIT $5
       )
       SELECT t.total, page.* FROM (SELECT count(*) AS total FROM matching) t
         LEFT JOIN page ON true
       ORDER BY page.name, page.id`,
      [type, pattern, after?.name ?? null, after?.id ?? null, limit],
    );
    const items = rows.filter((row) => row.id != null).map((row) => toRecord(row as EntityRow));
    return { items, totalCount: rows[0]?.total ?? 0 };
  }

  async upsert(entities: readonly EntityUpsert[]): Promise<EntityRecord[]> {
    const inputs = expectUpserts(entities, 'entities');
    if (inputs.length === 0) return [];
    return this.serve(() =>
      this.inTransaction(async (client) => {
        await this.query(`SELECT pg_advisory_xact_lock(${UPSERT_LOCK})`, [], client);
        const ids: number[] = [];
        for (const [i, input] of inputs.entries()) ids.push(await this.upsertOne(client, input, `entities[${i}]`));
        return (await this.readByIds(client, ids)) as EntityRecord[];
      }),
    );
  }

  /** A read of the entities table: the database answers and still holds this service's schema. */
  async ping(): Promise<void> {
    await this.serve(() => this.query('SELECT 1 FROM entities LIMIT 1', []));
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }

  /**
   * Counts the call and runs it. A failing database (unreachable, closed,
   * erroring) becomes UpstreamError, as the interface promises; input errors
   * pass through.
   */
  private async serve<T>(work: () => Promise<T>): Promise<T> {
    this.served++;
    try {
      return await work();
    } catch (error) {
      if (error instanceof InvalidInputError) throw error;
      throw new UpstreamError('entity service', `the entity database failed: ${(error as Error).message}`, { cause: error });
    }
  }

  private async readByIds(on: Queryable, ids: readonly number[]): Promise<(EntityRecord | null)[]> {
    const rows = await this.query<EntityRow>(`SELECT ${ENTITY_COLUMNS} FROM entities e WHERE e.id = ANY($1::bigint[])`, [ids], on);
    const byId = new Map(rows.map((row) => [row.id, toRecord(row)]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** Runs inside the upsert transaction; returns the id written. */
  private async upsertOne(client: Queryable, input: EntityUpsert, field: string): Promise<number> {
    const normalized = normalizeName(input.name);
    const existingId =
      input.id !== undefined
        ? await this.requireEntity(client, input.id, input.type, `${field}.id`)
        : await this.findMergeTarget(client, input.type, normalized);
    if (input.type === 'person') {
      for (const [i, role] of (input.roles ?? []).entries()) {
        if (role.organizationId !== null) {
          await this.requireEntity(client, role.organizationId, 'organization', `${field}.roles[${i}].organizationId`);
        }
      }
    } else if (input.parentId != null) {
      if (input.parentId === existingId) throw new InvalidInputError(`${field}.parentId: an organization cannot be its own parent`);
      await this.requireEntity(client, input.parentId, 'organization', `${field}.parentId`);
    }
    const id =
      existingId === null
        ? await this.insertEntity(client, input, normalized)
        : await this.updateEntity(client, existingId, input, normalized);
    await this.mergeAliases(client, id, input.aliases ?? []);
    if (input.type === 'person') await this.mergeRoles(client, id, input.roles ?? []);
    checkEntitySize(id, await this.sizeOf(client, id), field);
    return id;
  }

  /** What the entity holds now (inside the upsert's transaction, before it commits). */
  private async sizeOf(client: Queryable, id: number): Promise<EntitySize> {
    const rows = await this.query<EntitySize>(
      `SELECT
         (SELECT count(*) FROM aliases WHERE entity_id = $1)::int AS aliases,
         (SELECT count(*) FROM roles WHERE person_id = $1)::int AS roles,
         (length(e.name) + coalesce(length(e.title), 0)
           + (SELECT coalesce(sum(length(alias)), 0) FROM aliases WHERE entity_id = $1)
           + (SELECT coalesce(sum(length(title)), 0) FROM roles WHERE person_id = $1))::int AS chars
       FROM entities e WHERE e.id = $1`,
      [id],
      client,
    );
    return rows[0];
  }

  private async requireEntity(client: Queryable, id: number, type: EntityType, field: string): Promise<number> {
    const rows = await this.query<{ type: string }>('SELECT type FROM entities WHERE id = $1::bigint', [id], client);
    if (rows.length === 0) throw new InvalidInputError(`${field}: no entity has id ${id}`, { field });
    if (rows[0].type !== type) throw new InvalidInputError(`${field}: entity ${id} is a ${rows[0].type}, not a ${type}`, { field });
    return id;
  }

  /** The entity an id-less upsert merges into: same rules and order as lookup's best match. */
  private async findMergeTarget(client: Queryable, type: EntityType, normalized: string): Promise<number | null> {
    const rows = await this.query<{ id: number }>(
      `SELECT e.id FROM entities e
       WHERE e.type = $1 AND (e.normalized_name = $2
             OR EXISTS (SELECT 1 FROM aliases a WHERE a.entity_id = e.id AND a.normalized_alias = $2))
       ORDER BY e.normalized_name = $2 DESC, ${RICHNESS} DESC, e.id
       LIMIT 1`,
      [type, normalized],
      client,
    );
    return rows[0]?.id ?? null;
  }

  private async insertEntity(client: Queryable, input: EntityUpsert, normalized: string): Promise<number> {
    const v = fieldValues(input, 'OTHER');
    const rows = await this.query<{ id: number }>(
      `INSERT INTO entities (type, name, normalized_name, kind, country, parent_id, title)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [input.type, input.name, normalized, v.kind, v.country, v.parentId, v.title],
      client,
    );
    return rows[0].id;
  }

  /**
   * With an explicit id the name is replaced; a merge by name or alias keeps
   * the stored name. Other fields change only when a new non-null value is given.
   */
  private async updateEntity(client: Queryable, id: number, input: EntityUpsert, normalized: string): Promise<number> {
    const v = fieldValues(input, null);
    await this.query(
      `UPDATE entities SET
         name = CASE WHEN $2 THEN $3 ELSE name END,
         normalized_name = CASE WHEN $2 THEN $4 ELSE normalized_name END,
         kind = coalesce($5, kind),
         country = coalesce($6, country),
         parent_id = coalesce($7, parent_id),
         title = coalesce($8, title)
       WHERE id = $1`,
      [id, input.id !== undefined, input.name, normalized, v.kind, v.country, v.parentId, v.title],
      client,
    );
    return id;
  }

  /** Adds aliases not already present (compared normalized); an alias equal to the name is kept out. */
  private async mergeAliases(client: Queryable, id: number, aliases: readonly string[]): Promise<void> {
    for (const alias of aliases) {
      await this.query(
        `INSERT INTO aliases (entity_id, alias, normalized_alias)
         SELECT $1, $2, $3
         WHERE $3 <> (SELECT normalized_name FROM entities WHERE id = $1)
         ON CONFLICT (entity_id, normalized_alias) DO NOTHING`,
        [id, alias, normalizeName(alias)],
        client,
      );
    }
  }

  /** Adds roles not already held: same organization and the same title once normalized. */
  private async mergeRoles(client: Queryable, personId: number, roles: readonly RoleRecord[]): Promise<void> {
    const heldRows = await this.query<{ title: string; organization_id: number | null }>(
      'SELECT title, organization_id FROM roles WHERE person_id = $1',
      [personId],
      client,
    );
    const held = new Set(heldRows.map((r) => roleKey(r.title, r.organization_id)));
    for (const role of roles) {
      const key = roleKey(role.title, role.organizationId);
      if (held.has(key)) continue;
      held.add(key);
      await this.query('INSERT INTO roles (person_id, title, organization_id) VALUES ($1, $2, $3)', [personId, role.title, role.organizationId], client);
    }
  }

  /** Sends one statement, prepared under a name derived from its text (parsed once per connection). */
  private async query<R>(text: string, values: unknown[], on: Queryable = this.pool): Promise<R[]> {
    const name = `nge_${createHash('sha1').update(text).digest('hex').slice(0, 24)}`;
    const result = await on.query({ name, text, values });
    return result.rows as R[];
  }

  /** Runs fn on one connection inside BEGIN … COMMIT, rolled back if it throws. */
  private async inTransaction<T>(fn: (client: PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await fn(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }
}

/** The type-specific columns of an upsert; `defaultKind` is what a missing organization kind becomes. */
function fieldValues(
  input: EntityUpsert,
  defaultKind: OrganizationKind | null,
): { kind: string | null; country: string | null; parentId: number | null; title: string | null } {
  if (input.type === 'person') return { kind: null, country: null, parentId: null, title: input.title ?? null };
  return { kind: input.kind ?? defaultKind, country: input.country ?? null, parentId: input.parentId ?? null, title: null };
}

/**
 * Creates the schema if asked and applies pending migrations, holding a
 * session advisory lock so that replicas starting together migrate once.
 */
async function migrate(pool: Pool, schema: string | undefined): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query(`SELECT pg_advisory_lock(${MIGRATION_LOCK})`);
    try {
      if (schema !== undefined) await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
      await client.query(
        'CREATE TABLE IF NOT EXISTS entity_schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())',
      );
      const applied = new Set(
        (await client.query<{ version: number }>('SELECT version FROM entity_schema_migrations')).rows.map((r) => r.version),
      );
      for (const migration of POSTGRES_ENTITY_MIGRATIONS) {
        if (applied.has(migration.version)) continue;
        await client.query('BEGIN');
        try {
          await client.query(migration.sql);
          await client.query('INSERT INTO entity_schema_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
          await client.query('COMMIT');
        } catch (error) {
          await client.query('ROLLBACK').catch(() => undefined);
          throw error;
        }
      }
    } finally {
      await client.query(`SELECT pg_advisory_unlock(${MIGRATION_LOCK})`).catch(() => undefined);
    }
  } finally {
    client.release();
  }
}
