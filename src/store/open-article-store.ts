import { isPostgresUrl, postgresTarget } from '../config/env-values';
import type { ArticleStore } from './article-store';
import { PostgresArticleStore } from './postgres-article-store';
import { SqliteArticleStore } from './sqlite-article-store';

/**
 * Opens the article store a DATABASE_URL names: a postgres:// URL selects
 * PostgreSQL (`?schema=name` puts its tables in that schema), anything else
 * is a SQLite file path (created with its parent folder if missing). Both
 * are migrated on open.
 */
export async function openArticleStore(databaseUrl: string): Promise<ArticleStore> {
  if (isPostgresUrl(databaseUrl)) {
    const { url, schema } = postgresTarget(databaseUrl);
    return PostgresArticleStore.open(url, { schema });
  }
  return SqliteArticleStore.open(databaseUrl);
}
