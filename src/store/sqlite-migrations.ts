import type { Migration } from '../db/sqlite-migrate';
import { pairTableDdl } from './pair-sql';
import { DROP_LATEST_INDEXES } from './sqlite-pair-settle';
import { DROP_INSERT_TOTAL_TRIGGERS } from './sqlite-article-totals';
import { COVERING_INDEXES } from './sqlite-covering-indexes';

/**
 * The SQLite schema, as an ordered list of migrations. Each runs once, in
 * its own transaction, and is recorded in `schema_migrations`. Never edit a
 * released migration; append a new one.
 */
export type { Migration } from '../db/sqlite-migrate';

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
  {
    version: 3,
    name: 'articles per mentioned entity and quotes per speaker, kept by triggers',
    // An entity's totalCount (Person.articles, a one-entity mention filter) would otherwise
    // count every article mentioning it on each page: 75,000 rows for a popular person in a
    // million articles. n is the number of DISTINCT articles mentioning the entity; an article
    // mentions an entity several times, so a mention row counts only when it is the first
    // (insert) or the last (delete) of its article for that entity. The NOT EXISTS probes use
    // mentions_by_entity_time: all mentions of one article share its sort_time.
    sql: `
      CREATE TABLE entity_article_count (entity_id INTEGER PRIMARY KEY, n INTEGER NOT NULL);
      INSERT INTO entity_article_count (entity_id, n)
        SELECT entity_id, COUNT(DISTINCT article_id) FROM mentions GROUP BY entity_id;
      CREATE TRIGGER entity_article_count_after_insert AFTER INSERT ON mentions
      WHEN NOT EXISTS (
        SELECT 1 FROM mentions m
        WHERE m.entity_id = new.entity_id AND m.sort_time = new.sort_time AND m.article_id = new.article_id AND m.id <> new.id
      )
      BEGIN
        INSERT INTO entity_article_count (entity_id, n) VALUES (new.entity_id, 1)
          ON CONFLICT (entity_id) DO UPDATE SET n = n + 1;
      END;
      CREATE TRIGGER entity_article_count_after_delete AFTER DELETE ON mentions
      WHEN NOT EXISTS (
        SELECT 1 FROM mentions m
        WHERE m.entity_id = old.entity_id AND m.sort_time = old.sort_time AND m.article_id = old.article_id
      )
      BEGIN
        UPDATE entity_article_count SET n = n - 1 WHERE entity_id = old.entity_id;
      END;
      -- The store never updates a mention in place (it deletes and inserts); this keeps the
      -- count exact if anything ever does.
      CREATE TRIGGER entity_article_count_after_update AFTER UPDATE OF entity_id, article_id, sort_time ON mentions BEGIN
        UPDATE entity_article_count SET n = n - 1
        WHERE entity_id = old.entity_id AND NOT EXISTS (
          SELECT 1 FROM mentions m WHERE m.entity_id = old.entity_id AND m.sort_time = old.sort_time AND m.article_id = old.article_id
        );
        INSERT INTO entity_article_count (entity_id, n)
          SELECT new.entity_id, 1 WHERE NOT EXISTS (
            SELECT 1 FROM mentions m
            WHERE m.entity_id = new.entity_id AND m.sort_time = new.sort_time AND m.article_id = new.article_id AND m.id <> new.id
          )
          ON CONFLICT (entity_id) DO UPDATE SET n = n + 1;
      END;

      -- Quotes per speaker (Person.quotes, a one-speaker quote filter): every quote row counts
      -- once; a correction moves it from one speaker to another.
      CREATE TABLE speaker_quote_count (speaker_id INTEGER PRIMARY KEY, n INTEGER NOT NULL);
      INSERT INTO speaker_quote_count (speaker_id, n)
        SELECT speaker_id, COUNT(*) FROM quotes WHERE speaker_id IS NOT NULL GROUP BY speaker_id;
      CREATE TRIGGER speaker_quote_count_after_insert AFTER INSERT ON quotes WHEN new.speaker_id IS NOT NULL BEGIN
        INSERT INTO speaker_quote_count (speaker_id, n) VALUES (new.speaker_id, 1)
          ON CONFLICT (speaker_id) DO UPDATE SET n = n + 1;
      END;
      CREATE TRIGGER speaker_quote_count_after_delete AFTER DELETE ON quotes WHEN old.speaker_id IS NOT NULL BEGIN
        UPDATE speaker_quote_count SET n = n - 1 WHERE speaker_id = old.speaker_id;
      END;
      CREATE TRIGGER speaker_quote_count_after_update AFTER UPDATE OF speaker_id ON quotes
      WHEN old.speaker_id IS NOT new.speaker_id
      BEGIN
        UPDATE speaker_quote_count SET n = n - 1 WHERE speaker_id = old.speaker_id;
        INSERT INTO speaker_quote_count (speaker_id, n) SELECT new.speaker_id, 1 WHERE new.speaker_id IS NOT NULL
          ON CONFLICT (speaker_id) DO UPDATE SET n = n + 1;
      END;
    `,
  },
  {
    version: 4,
    name: 'articles identified by url, content hash not unique; quote corrections',
    // The same text may be stored under two urls, so content_hash loses its UNIQUE
    // constraint; only articles without a url are identified by it (a partial unique
    // index). SQLite cannot drop a constraint: the table is rebuilt (ids kept, so the
    // contentless full-text rows, mentions and quotes still point at their articles) and
    // its indexes and triggers made again. migrate() runs this with foreign keys off, so
    // dropping the old table deletes nothing that refers to it.
    sql: `
      CREATE TABLE articles_v4 (
        id INTEGER PRIMARY KEY,
        slug TEXT NOT NULL UNIQUE,
        url TEXT UNIQUE,
        content_hash TEXT NOT NULL,
        headline TEXT NOT NULL,
        section TEXT,
        dateline TEXT,
        byline TEXT,
        published_at TEXT,
        sort_time INTEGER NOT NULL,
        paragraphs TEXT NOT NULL CHECK (json_valid(paragraphs)),
        images TEXT NOT NULL CHECK (json_valid(images)),
        ingested_at TEXT NOT NULL
      );
      INSERT INTO articles_v4 (id, slug, url, content_hash, headline, section, dateline, byline, published_at, sort_time, paragraphs, images, ingested_at)
        SELECT id, slug, url, content_hash, headline, section, dateline, byline, published_at, sort_time, paragraphs, images, ingested_at FROM articles;
      DROP TABLE articles;
      ALTER TABLE articles_v4 RENAME TO articles;
      CREATE INDEX articles_by_time ON articles (sort_time DESC, id DESC);
      CREATE INDEX articles_by_section_time ON articles (section COLLATE NOCASE, sort_time DESC, id DESC);
      CREATE INDEX articles_by_content_hash ON articles (content_hash);
      CREATE UNIQUE INDEX articles_by_content_hash_without_url ON articles (content_hash) WHERE url IS NULL;
      CREATE TRIGGER article_count_after_insert AFTER INSERT ON articles BEGIN
        UPDATE article_count SET n = n + 1 WHERE id = 1;
      END;
      CREATE TRIGGER article_count_after_delete AFTER DELETE ON articles BEGIN
        UPDATE article_count SET n = n - 1 WHERE id = 1;
      END;

      -- An editor's corrections of quote speakers, kept when the quote leaves the article
      -- (quote_id then becomes NULL).
      CREATE TABLE quote_corrections (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        quote_id INTEGER,
        quote_text TEXT NOT NULL,
        editor TEXT,
        corrected_at TEXT NOT NULL,
        before_speaker_id INTEGER,
        before_speaker_name TEXT,
        after_speaker_id INTEGER,
        after_speaker_name TEXT
      );
      CREATE INDEX quote_corrections_by_article ON quote_corrections (article_id, id);
      CREATE INDEX quote_corrections_by_quote ON quote_corrections (quote_id) WHERE quote_id IS NOT NULL;

      -- The highest quote id ever deleted. SQLite gives a new row MAX(id) + 1, which would hand
      -- the id of a deleted quote (one a new version of its article dropped) to other words;
      -- the store numbers new quotes above this instead.
      CREATE TABLE quote_id_floor (id INTEGER PRIMARY KEY CHECK (id = 1), n INTEGER NOT NULL);
      INSERT INTO quote_id_floor (id, n) VALUES (1, 0);
      CREATE TRIGGER quote_id_floor_after_delete AFTER DELETE ON quotes
      WHEN old.id > (SELECT n FROM quote_id_floor WHERE id = 1)
      BEGIN
        UPDATE quote_id_floor SET n = old.id WHERE id = 1;
      END;
    `,
  },
  {
    version: 5,
    name: 'quote kinds, cues and organization sources; derived headlines',
    // Every stored quote was a direct quotation: the default makes it DIRECT. Reads filter by
    // kind (DIRECT by default), so the speaker page and the listing get indexes that lead with
    // it, and the per-speaker count is kept per kind: a speaker's totalCount for the kinds
    // asked for is the sum of at most three rows. The count of migration 3 is replaced.
    sql: `
      ALTER TABLE articles ADD COLUMN headline_derived INTEGER NOT NULL DEFAULT 0 CHECK (headline_derived IN (0, 1));
      ALTER TABLE quotes ADD COLUMN kind TEXT NOT NULL DEFAULT 'direct' CHECK (kind IN ('direct', 'indirect', 'mixed'));
      ALTER TABLE quotes ADD COLUMN cue TEXT;
      ALTER TABLE quotes ADD COLUMN source_organization_id INTEGER;
      CREATE INDEX quotes_by_speaker_kind_time ON quotes (speaker_id, kind, sort_time DESC, article_id DESC, position);
      CREATE INDEX quotes_by_kind_time ON quotes (kind, sort_time DESC, article_id DESC, position);
      CREATE INDEX quotes_by_source_organization_time ON quotes (source_organization_id, sort_time DESC, article_id DESC, position)
        WHERE source_organization_id IS NOT NULL;

      DROP TRIGGER speaker_quote_count_after_insert;
      DROP TRIGGER speaker_quote_count_after_delete;
      DROP TRIGGER speaker_quote_count_after_update;
      DROP TABLE speaker_quote_count;
      CREATE TABLE speaker_kind_quote_count (
        speaker_id INTEGER NOT NULL, kind TEXT NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (speaker_id, kind)
      );
      INSERT INTO speaker_kind_quote_count (speaker_id, kind, n)
        SELECT speaker_id, kind, COUNT(*) FROM quotes WHERE speaker_id IS NOT NULL GROUP BY speaker_id, kind;
      CREATE TRIGGER speaker_kind_quote_count_after_insert AFTER INSERT ON quotes WHEN new.speaker_id IS NOT NULL BEGIN
        INSERT INTO speaker_kind_quote_count (speaker_id, kind, n) VALUES (new.speaker_id, new.kind, 1)
          ON CONFLICT (speaker_id, kind) DO UPDATE SET n = n + 1;
      END;
      CREATE TRIGGER speaker_kind_quote_count_after_delete AFTER DELETE ON quotes WHEN old.speaker_id IS NOT NULL BEGIN
        UPDATE speaker_kind_quote_count SET n = n - 1 WHERE speaker_id = old.speaker_id AND kind = old.kind;
      END;
      CREATE TRIGGER speaker_kind_quote_count_after_update AFTER UPDATE OF speaker_id, kind ON quotes
      WHEN old.speaker_id IS NOT new.speaker_id OR old.kind IS NOT new.kind
      BEGIN
        UPDATE speaker_kind_quote_count SET n = n - 1 WHERE speaker_id = old.speaker_id AND kind = old.kind;
        INSERT INTO speaker_kind_quote_count (speaker_id, kind, n) SELECT new.speaker_id, new.kind, 1 WHERE new.speaker_id IS NOT NULL
          ON CONFLICT (speaker_id, kind) DO UPDATE SET n = n + 1;
      END;
    `,
  },
  {
    version: 6,
    name: 'pair counts of people and organizations named, and speakers quoted, in the same articles',
    sql: pairTableDdl('mentioned', 'INTEGER') + pairTableDdl('quoted', 'INTEGER'),
  },
  {
    version: 7,
    name: 'pair counts left to a set-based rebuild by a bulk load',
    // A bulk load (saveArticles with pairCounts 'rebuild') writes articles without keeping the
    // pair tables and sets stale; rebuildPairCounts() fills them from the articles and clears it.
    // A load stopped before its rebuild leaves it set (pairCountsStale()) until one is run.
    sql: `
      CREATE TABLE pair_counts_state (id INTEGER PRIMARY KEY CHECK (id = 1), stale INTEGER NOT NULL CHECK (stale IN (0, 1)));
      INSERT INTO pair_counts_state (id, stale) VALUES (1, 0);
    `,
  },
  {
    version: 8,
    name: 'article sort times by id, for full-text matches',
    // A search's matches come off the full-text index as ids, and each needs its sort time to be
    // ordered: read from the table, one leaf of article rows per match, spread over the whole
    // file. This index holds only (id, sort_time), a few pages per thousand articles
    // (FTS_FIRST in src/store/sqlite-search-matches.ts).
    sql: `CREATE INDEX articles_time_by_id ON articles (id, sort_time);`,
  },
  {
    version: 9,
    name: 'pair tables without an index on the newest shared article',
    // A save moved an entry of each index for nearly every pair it added; only a new version of an
    // article read them, and it now finds its pairs from its entities (sqlite-pair-settle.ts).
    sql: DROP_LATEST_INDEXES,
  },
  {
    version: 10,
    name: 'entity and speaker totals added once per article saved',
    // The insert triggers of migrations 3 and 5 ran for every mention and quote row; the save now
    // adds an article's totals with one statement each (sqlite-article-totals.ts).
    sql: DROP_INSERT_TOTAL_TRIGGERS,
  },
  {
    version: 11,
    name: 'covering indexes for an article\'s mentions and a speaker\'s page of quotes',
    // Cold reads fetched each row from the table after finding it in an index: a page per row
    // in a large file (sqlite-covering-indexes.ts).
    sql: COVERING_INDEXES,
  },
];
