import { isPostgresUrl } from '../config';
import type { ArticleStore } from './article-store';
import { PostgresArticleStore } from './postgres-article-store';
import { SqliteArticleStore } from './sqlite-article-store';

/**
 * Opens the article store a DATABASE_URL names: a postgres:// URL selects
 * PostgreSQL, anything else is a SQLite file path (created with its parent
 * folder if missing). Both are migrated on open.
 */
export async function openArticleStore(databaseUrl: string): Promise<ArticleStore> {
  if (isPostgresUrl(databaseUrl)) return PostgresArticleStore.open(databaseUrl);
  return SqliteArticleStore.open(databaseUrl);
}
