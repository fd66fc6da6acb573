import type Database from 'better-sqlite3';
import { applySqliteMigrations, type Migration } from '../db/sqlite-migrate';

/**
 * The entity service's SQLite schema, as ordered migrations. A migration is applied once, in
 * its own transaction, and recorded in schema_migrations; append new versions, never edit old ones.
 */
const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'entities, aliases and roles',
    sql: `
      -- One id sequence for people and organizations (AUTOINCREMENT: ids are never reused).
      CREATE TABLE entities (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        type TEXT NOT NULL CHECK (type IN ('person', 'organization')),
        name TEXT NOT NULL,
        normalized_name TEXT NOT NULL,
        kind TEXT,
        country TEXT,
        parent_id INTEGER REFERENCES entities (id),
        title TEXT
      );
      CREATE INDEX entities_by_type_name ON entities (type, name, id);
      CREATE INDEX entities_by_normalized_name ON entities (normalized_name);

      -- id keeps insertion order, which is the order aliases are returned in.
      CREATE TABLE aliases (
        id INTEGER PRIMARY KEY,
        entity_id INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
        alias TEXT NOT NULL,
        normalized_alias TEXT NOT NULL,
        UNIQUE (entity_id, normalized_alias)
      );
      CREATE INDEX aliases_by_normalized_alias ON aliases (normalized_alias);

      CREATE TABLE roles (
        id INTEGER PRIMARY KEY,
        person_id INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
        title TEXT NOT NULL,
        organization_id INTEGER REFERENCES entities (id)
      );
      CREATE INDEX roles_by_person ON roles (person_id);
      CREATE INDEX roles_by_organization ON roles (organization_id, person_id);
    `,
  },
  {
    version: 2,
    name: 'merged entities name their survivor',
    sql: `
      -- A merged (retired) entity names the one it was merged into (src/entities/entity-merge.ts).
      ALTER TABLE entities ADD COLUMN merged_into INTEGER REFERENCES entities (id);
      CREATE INDEX entities_by_merged_into ON entities (merged_into) WHERE merged_into IS NOT NULL;
    `,
  },
  {
    version: 3,
    name: 'aliases and roles read off covering indexes',
    sql: `
      -- Every entity read folds in its aliases and roles (entity-sql.ts), each found in an index
      -- and then read from its table: two pages more per entity when they are not cached. These
      -- hold what the read selects, in its order (by id). roles_by_person is a prefix of the new one.
      CREATE INDEX aliases_by_entity_covering ON aliases (entity_id, id, alias);
      CREATE INDEX roles_by_person_covering ON roles (person_id, id, title, organization_id);
      DROP INDEX roles_by_person;
    `,
  },
];

/**
 * Applies the migrations this database has not had yet. Its ledger, `schema_migrations`, has
 * kept its first layout (version and time, no name).
 */
export function migrateSqliteEntities(db: Database.Database): void {
  applySqliteMigrations(db, MIGRATIONS, { table: 'schema_migrations', named: false, what: 'entity' });
}
