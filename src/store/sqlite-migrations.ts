/**
 * The SQLite schema, as an ordered list of migrations. Each runs once, in
 * its own transaction, and is recorded in `schema_migrations`. Never edit a
 * released migration; append a new one.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

const FTS_TOKENIZER = `tokenize = 'porter unicode61 remove_diacritics 2'`;

export const SQLITE_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'articles, mentions, quotes and their full-text indexes',
    sql: `
      CREATE TABLE articles (
        id INTEGER PRIMARY KEY,
        slug TEXT NOT NULL UNIQUE,
        url TEXT UNIQUE,
        content_hash TEXT NOT NULL UNIQUE,
        headline TEXT NOT NULL,
        section TEXT,
        dateline TEXT,
        byline TEXT,
        published_at TEXT,
        -- published time in ms, or ingest time when unpublished: the listing order
        sort_time INTEGER NOT NULL,
        paragraphs TEXT NOT NULL CHECK (json_valid(paragraphs)),
        images TEXT NOT NULL CHECK (json_valid(images)),
        ingested_at TEXT NOT NULL
      );
      CREATE INDEX articles_by_time ON articles (sort_time DESC, id DESC);
      CREATE INDEX articles_by_section_time ON articles (section COLLATE NOCASE, sort_time DESC, id DESC);

      CREATE TABLE mentions (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        entity_id INTEGER NOT NULL,
        entity_type TEXT NOT NULL CHECK (entity_type IN ('person', 'organization')),
        text TEXT NOT NULL,
        paragraph INTEGER NOT NULL,
        start_offset INTEGER NOT NULL,
        end_offset INTEGER NOT NULL,
        method TEXT NOT NULL,
        confidence REAL NOT NULL,
        -- the article's sort_time, so an entity's articles page off one index
        sort_time INTEGER NOT NULL
      );
      CREATE INDEX mentions_by_entity_time ON mentions (entity_id, sort_time DESC, article_id DESC);
      CREATE INDEX mentions_by_article ON mentions (article_id, paragraph, start_offset);

      CREATE TABLE quotes (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        text TEXT NOT NULL,
        speaker_id INTEGER,
        speaker_name TEXT,
        paragraph INTEGER NOT NULL,
        start_offset INTEGER NOT NULL,
        end_offset INTEGER NOT NULL,
        partial INTEGER NOT NULL CHECK (partial IN (0, 1)),
        method TEXT,
        confidence REAL,
        sort_time INTEGER NOT NULL,
        UNIQUE (article_id, position)
      );
      CREATE INDEX quotes_by_speaker_time ON quotes (speaker_id, sort_time DESC, article_id DESC, position);
      CREATE INDEX quotes_by_time ON quotes (sort_time DESC, article_id DESC, position);

      -- Contentless: the text lives in the tables above; rowid is the article or quote id.
      CREATE VIRTUAL TABLE articles_fts USING fts5 (headline, body, content = '', contentless_delete = 1, ${FTS_TOKENIZER});
      CREATE VIRTUAL TABLE quotes_fts USING fts5 (text, content = '', contentless_delete = 1, ${FTS_TOKENIZER});
    `,
  },
  {
    version: 2,
    name: 'article count kept by triggers',
    // COUNT(*) over articles reads every row of an index: the unfiltered listing's
    // totalCount (the front page) would grow with the store. One row, kept exact by
    // triggers in the writing transaction, answers it at any size.
    sql: `
      CREATE TABLE article_count (id INTEGER PRIMARY KEY CHECK (id = 1), n INTEGER NOT NULL);
      INSERT INTO article_count (id, n) SELECT 1, COUNT(*) FROM articles;
      CREATE TRIGGER article_count_after_insert AFTER INSERT ON articles BEGIN
        UPDATE article_count SET n = n + 1 WHERE id = 1;
      END;
      CREATE TRIGGER article_count_after_delete AFTER DELETE ON articles BEGIN
        UPDATE article_count SET n = n - 1 WHERE id = 1;
      END;
    `,
  },
];
