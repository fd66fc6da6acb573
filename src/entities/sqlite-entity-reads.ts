import { expectIds, expectListQuery, expectLookups } from './entity-input';
import { normalizeName } from './normalize-name';
import { membersByKey, searchNeedle } from './entity-rows';
import { readThrough } from '../db/sqlite-read-cache';
import type { EntityList, EntityListQuery, EntityLookup, EntityRecord } from '../records/entity-records';
import { SqliteEntityConnection } from './sqlite-entity-connection';
import { RecentKeys } from '../recent-keys';

/** Keys of first pages of a search (what the search resolver reads), by type, then by needle and limit. */
const firstPageKeys = { person: new RecentKeys<number>(), organization: new RecentKeys<number>() };

/**
 * The SQLite entity service's reads: entities by id, lookups by name or alias, organizations'
 * members and listings with search. Each is one SQL statement whatever the number of keys (ids
 * travel as a JSON array through json_each, so each statement is prepared once), answered from
 * the record cache where the database has not changed since it was read.
 */
export abstract class SqliteEntityReads extends SqliteEntityConnection {
  async getByIds(ids: readonly number[]): Promise<(EntityRecord | null)[]> {
    const keys = expectIds(ids, 'ids');
    if (keys.length === 0) return [];
    return this.serve(() => this.cachedByIds(keys));
  }

  async lookup(lookups: readonly EntityLookup[]): Promise<EntityRecord[][]> {
    const queries = expectLookups(lookups, 'lookups');
    if (queries.length === 0) return [];
    return this.serve(() => this.readLookups(queries));
  }

  /**
   * Which entities each lookup matches, from the name and alias indexes, then their
   * records from the record cache. A surname can match hundreds of people in a large
   * store; the statement returns only ids and ranks, and the ordering by popularity
   * (roles and aliases held) is read off the records, instead of two counting
   * subqueries and a JSON record per hit on every lookup.
   */
  private readLookups(queries: readonly EntityLookup[]): EntityRecord[][] {
    this.cache.check();
    // Each lookup's text is read once (MATERIALIZED); the type is checked on the records.
    const hits = this.statement<[string], { idx: number; id: number; rank: number }>(
        `WITH q (idx, norm) AS MATERIALIZED (
           SELECT key, json_extract(value, '$.n') FROM json_each(?)
         )
         SELECT q.idx, e.id, 0 AS rank FROM q JOIN entities e ON e.normalized_name = q.norm AND e.merged_into IS NULL
         UNION ALL
         SELECT q.idx, a.entity_id, 1 FROM q JOIN aliases a ON a.normalized_alias = q.norm`,
      ).all(JSON.stringify(queries.map((q) => ({ n: normalizeName(q.name) }))));
    const ids = [...new Set(hits.map((hit) => hit.id))];
    const records = new Map<number, EntityRecord>();
    readThrough(this.entitiesById, ids, (missing) => this.readByIds(missing)).forEach((record, i) => {
      if (record !== null) records.set(ids[i], record);
    });
    const ranked: Map<number, { record: EntityRecord; rank: number; popularity: number }>[] = queries.map(() => new Map());
    for (const hit of hits) {
      const record = records.get(hit.id);
      const wanted = queries[hit.idx].type;
      if (record === undefined || (wanted !== undefined && record.type !== wanted)) continue;
      // An entity matched by its name and by an alias ranks as a name match.
      const seen = ranked[hit.idx].get(hit.id);
      if (seen !== undefined) seen.rank = Math.min(seen.rank, hit.rank);
      else ranked[hit.idx].set(hit.id, { record, rank: hit.rank, popularity: (record.type === 'person' ? record.roles.length : 0) + record.aliases.length });
    }
    // Best first: the name before an alias, then the entity holding more roles and aliases, then the older.
    return ranked.map((byId) =>
      [...byId.values()].sort((a, b) => a.rank - b.rank || b.popularity - a.popularity || a.record.id - b.record.id).map((entry) => entry.record),
    );
  }

  async membersOf(organizationIds: readonly number[]): Promise<number[][]> {
    const keys = expectIds(organizationIds, 'organizationIds');
    if (keys.length === 0) return [];
    return this.serve(() => this.cachedMembers(keys));
  }

  private cachedMembers(keys: readonly number[]): number[][] {
    this.cache.check();
    // Copies: a caller may keep or change its list; the cached one stays as read.
    return readThrough(this.membersById, keys, (missing) => this.readMembers(missing)).map((members) => [...members]);
  }

  private readMembers(keys: readonly number[]): number[][] {
    const rows = this.statement<[string], { idx: number; person_id: number }>(
      `SELECT DISTINCT k.key AS idx, r.person_id, p.name
       FROM json_each(?) k
         JOIN roles r ON r.organization_id = k.value
         JOIN entities p ON p.id = r.person_id
       ORDER BY k.key, p.name, p.id`,
    ).all(JSON.stringify(keys));
    return membersByKey(keys.length, rows);
  }

  async list(query: EntityListQuery): Promise<EntityList> {
    const valid = expectListQuery(query);
    return this.serve(() => this.readPage(valid));
  }

  /**
   * A first page of a search as list answers it, when the record cache holds it under the key
   * a list of the same type, text and limit made; undefined (nothing counted) otherwise.
   */
  heldList(query: EntityListQuery): EntityList | undefined {
    const { type, search, limit, after } = query;
    // Anything but a first page of a search of a known type is list's to answer (and check).
    if (after != null || typeof search !== 'string' || (type !== 'person' && type !== 'organization')) return undefined;
    const needle = searchNeedle(search);
    // A key is kept only for a limit list accepted.
    const key = needle === null ? undefined : firstPageKeys[type].get(needle, limit);
    if (key === undefined) return undefined;
    // Throws once the database is closed (list then answers with the service's error).
    this.cache.check();
    const held = this.listPages.get(key);
    if (held !== undefined) this.countServed();
    return held;
  }

  /**
   * A page of people or organizations by name, and how many match. Pages are kept in the
   * record cache (dropped with it, and by every upsert through this service), and their
   * entities are the cached records.
   *
   * A search matches an entity whose normalized name or one of whose normalized aliases
   * holds the normalized text: `instr`, which is what `LIKE '%text%'` meant here (both
   * sides are normalized, so lower-case; LIKE folds only ASCII case) at about a tenth of
   * the cost per row, and the aliases that match are found in one pass, not one subquery
   * per entity. The statement returns ids only.
   */
  private readPage(query: EntityListQuery): EntityList {
    const { type, search, limit, after } = query;
    const needle = searchNeedle(search);
    if (needle === null) return { items: [], totalCount: 0 };
    this.cache.check();
    // The needle last, the cursor's name with its length: no two queries share a key (a search reads two of these per request).
    // A first page's key is kept by needle (the same string for the same text): not built and hashed again.
    const keys = after ? null : firstPageKeys[type];
    let key = keys?.get(needle, limit);
    if (key === undefined) {
      key = `${type}|${limit}|${after ? `${after.id}|${after.name.length}:${after.name}` : '-'}|${needle}`;
      keys?.remember(needle, limit, key);
    }
    const cached = this.listPages.get(key);
    if (cached) return cached;
    // One statement: the count of all matches rides along (LEFT JOIN keeps it when the page is empty).
    const rows = this.statement<[Record<string, unknown>], { total: number; id: number | null }>(
        `WITH matching AS MATERIALIZED (
           SELECT e.id, e.name FROM entities e
           WHERE e.type = @type AND e.merged_into IS NULL
             AND (@needle IS NULL
                  OR instr(e.normalized_name, @needle) > 0
                  OR e.id IN (SELECT a.entity_id FROM aliases a WHERE instr(a.normalized_alias, @needle) > 0))
         ),
         page AS (
           SELECT e.id, e.name FROM matching e
           WHERE @afterId IS NULL OR e.name > @afterName OR (e.name = @afterName AND e.id > @afterId)
           ORDER BY e.name, e.id
           LIMIT @limit
         )
         SELECT t.total, page.id FROM (SELECT count(*) AS total FROM matching) t
           LEFT JOIN page ON 1
         ORDER BY page.name, page.id`,
      ).all({ type, needle: needle === '' ? null : needle, limit, afterName: after?.name ?? null, afterId: after?.id ?? null });
    const ids = rows.flatMap((row) => (row.id === null ? [] : [row.id]));
    const records = readThrough(this.entitiesById, ids, (missing) => this.readByIds(missing));
    const page: EntityList = { items: records.filter((r): r is EntityRecord => r !== null), totalCount: rows[0]?.total ?? 0 };
    this.listPages.set(key, page);
    return page;
  }
}
