/*
 * The SQL both entity services send, written once. The two dialects differ only in how a
 * parameter is written, how JSON is aggregated and whether a count needs a cast to come back
 * as a number; `EntitySqlDialect` carries those differences.
 */

export interface EntitySqlDialect {
  /** The parameter `name` (SQLite binds by name) at `position` (PostgreSQL binds by position, from 1). */
  param(name: string, position: number): string;
  /** An array of the aggregated values, empty (not null) when there are none. */
  jsonArray(value: string, order: string): string;
  /** A JSON object of the given key and value expressions. */
  jsonObject(fields: string): string;
  /** A parenthesized integer expression, as a JavaScript number (PostgreSQL returns bigint counts as strings). */
  int(expression: string): string;
}

export const SQLITE_DIALECT: EntitySqlDialect = {
  param: (name) => `@${name}`,
  jsonArray: (value, order) => `json_group_array(${value} ORDER BY ${order})`,
  jsonObject: (fields) => `json_object(${fields})`,
  int: (expression) => expression,
};

export const POSTGRES_DIALECT: EntitySqlDialect = {
  param: (_name, position) => `$${position}`,
  jsonArray: (value, order) => `coalesce(json_agg(${value} ORDER BY ${order}), '[]'::json)`,
  jsonObject: (fields) => `json_build_object(${fields})`,
  int: (expression) => `${expression}::int`,
};

/** The columns every entity read returns, aliases and roles folded in as JSON (so a read stays one statement). */
export function entityColumns(d: EntitySqlDialect): string {
  return `
  e.id, e.type, e.name, e.kind, e.country, e.parent_id, e.title,
  (SELECT ${d.jsonArray('a.alias', 'a.id')} FROM aliases a WHERE a.entity_id = e.id) AS aliases,
  (SELECT ${d.jsonArray(d.jsonObject("'title', r.title, 'organizationId', r.organization_id"), 'r.id')}
     FROM roles r WHERE r.person_id = e.id) AS roles`;
}

/** Best match first: richer entities (more roles and aliases) win ties, then the older one. */
export const RICHNESS = `(SELECT count(*) FROM roles r WHERE r.person_id = e.id) + (SELECT count(*) FROM aliases a WHERE a.entity_id = e.id)`;

/** What an entity holds (aliases, roles, characters), for the size limits; one parameter, the id. */
export function entitySizeSql(d: EntitySqlDialect): string {
  const id = d.param('id', 1);
  return `SELECT
         ${d.int(`(SELECT count(*) FROM aliases WHERE entity_id = ${id})`)} AS aliases,
         ${d.int(`(SELECT count(*) FROM roles WHERE person_id = ${id})`)} AS roles,
         ${d.int(`(length(e.name) + coalesce(length(e.title), 0)
           + (SELECT coalesce(sum(length(alias)), 0) FROM aliases WHERE entity_id = ${id})
           + (SELECT coalesce(sum(length(title)), 0) FROM roles WHERE person_id = ${id}))`)} AS chars
       FROM entities e WHERE e.id = ${id}`;
}

/** Parameters, in order: type, name, normalized, kind, country, parentId, title. */
export function insertEntitySql(d: EntitySqlDialect): string {
  const p = paramsOf(d, ['type', 'name', 'normalized', 'kind', 'country', 'parentId', 'title']);
  return `INSERT INTO entities (type, name, normalized_name, kind, country, parent_id, title)
       VALUES (${p.type}, ${p.name}, ${p.normalized}, ${p.kind}, ${p.country}, ${p.parentId}, ${p.title})`;
}

/**
 * Parameters, in order: id, rename, name, normalized, kind, country, parentId, title. With
 * `rename` true the name is replaced; other fields change only when given a non-null value.
 * A row it would leave as it is is not written (a matched entity upserted again by every
 * article that names it), so the count of rows changed says whether anything changed.
 */
export function updateEntitySql(d: EntitySqlDialect): string {
  const p = paramsOf(d, UPDATE_PARAMS);
  return `UPDATE entities SET
         name = CASE WHEN ${p.rename} THEN ${p.name} ELSE name END,
         normalized_name = CASE WHEN ${p.rename} THEN ${p.normalized} ELSE normalized_name END,
         kind = coalesce(${p.kind}, kind),
         country = coalesce(${p.country}, country),
         parent_id = coalesce(${p.parentId}, parent_id),
         title = coalesce(${p.title}, title)
       WHERE ${updateCondition(p)}`;
}

/**
 * Whether updateEntitySql would write the row: one row when it would, none when it would leave
 * the row as it is; the same parameters and the same condition. In process a read is cheaper than
 * an UPDATE that writes nothing (which also takes the write lock), and most upserts change nothing.
 */
export function entityDiffersSql(d: EntitySqlDialect): string {
  return `SELECT 1 AS differs FROM entities WHERE ${updateCondition(paramsOf(d, UPDATE_PARAMS))}`;
}

const UPDATE_PARAMS = ['id', 'rename', 'name', 'normalized', 'kind', 'country', 'parentId', 'title'] as const;

function updateCondition(p: Record<(typeof UPDATE_PARAMS)[number], string>): string {
  return `id = ${p.id} AND (
         (CASE WHEN ${p.rename} THEN ${p.name} ELSE name END) IS DISTINCT FROM name
         OR (CASE WHEN ${p.rename} THEN ${p.normalized} ELSE normalized_name END) IS DISTINCT FROM normalized_name
         OR coalesce(${p.kind}, kind) IS DISTINCT FROM kind
         OR coalesce(${p.country}, country) IS DISTINCT FROM country
         OR coalesce(${p.parentId}, parent_id) IS DISTINCT FROM parent_id
         OR coalesce(${p.title}, title) IS DISTINCT FROM title)`;
}

/** Adds an alias unless held already or equal to the name. Parameters, in order: id, alias, normalized. */
export function insertAliasSql(d: EntitySqlDialect): string {
  const p = paramsOf(d, ['id', 'alias', 'normalized']);
  return `INSERT INTO aliases (entity_id, alias, normalized_alias)
       SELECT ${p.id}, ${p.alias}, ${p.normalized}
       WHERE ${p.normalized} <> (SELECT normalized_name FROM entities WHERE id = ${p.id})
       ON CONFLICT (entity_id, normalized_alias) DO NOTHING`;
}

function paramsOf<N extends string>(d: EntitySqlDialect, names: readonly N[]): Record<N, string> {
  return Object.fromEntries(names.map((name, i) => [name, d.param(name, i + 1)])) as Record<N, string>;
}
