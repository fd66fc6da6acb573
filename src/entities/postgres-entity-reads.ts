import { expectIds, expectListQuery, expectLookups } from './entity-input';
import { normalizeName } from './normalize-name';
import { escapeLike, membersByKey, searchNeedle } from './entity-rows';
import { RICHNESS } from './entity-sql';
import { ENTITY_COLUMNS, PostgresEntityConnection, toRecord, type EntityRow } from './postgres-entity-connection';
import type { EntityList, EntityListQuery, EntityLookup, EntityRecord } from '../records/entity-records';

/**
 * The PostgreSQL entity service's reads: entities by id, lookups by name or alias (ranked in
 * SQL), organizations' members and listings with search. Each is one statement whatever the
 * number of keys (keys travel as one array parameter).
 */
export abstract class PostgresEntityReads extends PostgresEntityConnection {
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
           JOIN entities e ON e.normalized_name = q.norm AND e.merged_into IS NULL AND (q.type IS NULL OR e.type = q.type)
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
    return membersByKey(keys.length, rows);
  }

  async list(query: EntityListQuery): Promise<EntityList> {
    const valid = expectListQuery(query);
    return this.serve(() => this.readPage(valid));
  }

  private async readPage({ type, search, limit, after }: EntityListQuery): Promise<EntityList> {
    const needle = searchNeedle(search);
    if (needle === null) return { items: [], totalCount: 0 };
    const pattern = needle === '' ? null : `%${escapeLike(needle)}%`;
    // One statement: the count of all matches rides along (LEFT JOIN keeps it when the page is empty).
    const rows = await this.query<Partial<EntityRow> & { total: number }>(
      `WITH matching AS (
         SELECT e.* FROM entities e
         WHERE e.type = $1 AND e.merged_into IS NULL
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
}
