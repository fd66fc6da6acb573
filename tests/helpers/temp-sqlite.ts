import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEntityService } from '../../src/entities/sqlite-entity-service';
import { SqliteArticleStore } from '../../src/store/sqlite-article-store';

/** An article store and an entity service on SQLite files in a fresh folder, opened before each test and removed after it. */
export interface TempSqlite {
  dir: string;
  store: SqliteArticleStore;
  entities: SqliteEntityService;
}

/** Registers the hooks that give each test of the enclosing block its own TempSqlite (read its fields inside tests). */
export function useTempSqlite(prefix: string): TempSqlite {
  const held = {} as TempSqlite;
  beforeEach(() => {
    held.dir = mkdtempSync(join(tmpdir(), prefix));
    held.store = SqliteArticleStore.open(join(held.dir, 'news.db'));
    held.entities = SqliteEntityService.open(join(held.dir, 'entities.db'));
  });
  afterEach(async () => {
    await held.store.close();
    await held.entities.close();
    rmSync(held.dir, { recursive: true, force: true });
  });
  return held;
}
