import Database from 'better-sqlite3';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { SqliteEntityService } from '../src/entities/sqlite-entity-service';
import { ingestArticle } from '../src/ingest/pipeline';
import type { ArticleDraft } from '../src/records/article-records';
import type { OrganizationRecord, PersonRecord } from '../src/records/entity-records';
import type { SqliteArticleStore } from '../src/store/sqlite-article-store';
import { articleDraft, seededRandom } from './corpus';

/**
 * The ingest measures of `npm run bench:scale` (bench/scale.ts): articles per second into
 * the store alone and through the whole pipeline at every size, the sizes taking turns,
 * and the clean-up that keeps a reused corpus as it was generated.
 */
export interface IngestSize {
  store: SqliteArticleStore;
  entities: SqliteEntityService;
  corpus: { organizations: number };
}

/** Rounds the sizes alternate in, so a burst of other load on the machine falls on both. */
export const ROUNDS = 5;

/** Content-hash prefix of the articles the single-ingest measure saves (and removes). */
const INGEST_PREFIX = 'scale-ingest-';
/** Articles the single-ingest measure saves, one transaction each. */
export const INGEST_COUNT = 1000;
/** URL prefix of the articles the whole-ingest measure sends through the pipeline (and removes). */
const PIPELINE_URL_PREFIX = 'https://ingest.scale.example/';
/** Articles the whole-ingest measure sends (text extraction and entity linking make each a few ms). */
export const PIPELINE_COUNT = 300;

/**
 * Articles per second at every size for `count` articles each, `ingestOne(size, i)`
 * saving article i, the sizes taking turns in ROUNDS rounds. Article i is drafted
 * by the corpus generator over people and organizations of that size's corpus.
 */
async function ingestRates(sizes: IngestSize[], count: number, ingestOne: (size: IngestSize, draft: ArticleDraft, i: number) => Promise<unknown>): Promise<number[]> {
  const runId = Date.now();
  const random = seededRandom(runId);
  const casts = await Promise.all(
    sizes.map(async ({ entities, corpus }) => ({
      // The generator creates organizations first, so people's ids follow theirs.
      people: (await entities.getByIds(Array.from({ length: 50 }, (_, i) => corpus.organizations + 1 + i))).filter((e): e is PersonRecord => e?.type === 'person'),
      organizations: (await entities.getByIds(Array.from({ length: 20 }, (_, i) => i + 1))).filter((e): e is OrganizationRecord => e?.type === 'organization'),
    })),
  );
  const elapsed = sizes.map(() => 0n);
  const perRound = Math.ceil(count / ROUNDS);
  // Untimed warm-up at every size first (compiled code, statements, caches), numbered after the timed articles.
  for (const [s, size] of sizes.entries()) {
    for (let j = 0; j < Math.min(20, perRound); j++) {
      const i = ROUNDS * perRound + j;
      await ingestOne(size, articleDraft(i, runId, casts[s].people, casts[s].organizations, random), i);
    }
  }
  for (let round = 0; round < ROUNDS; round++) {
    for (const [s, size] of sizes.entries()) {
      const started = process.hrtime.bigint();
      for (let j = 0; j < perRound; j++) {
        const i = round * perRound + j;
        await ingestOne(size, articleDraft(i, runId, casts[s].people, casts[s].organizations, random), i);
      }
      elapsed[s] += process.hrtime.bigint() - started;
    }
  }
  return elapsed.map((ns) => (perRound * ROUNDS * 1e9) / Number(ns));
}

/** Single-article ingest into the store: one saveArticle (one transaction) per article. */
export function singleIngestRates(sizes: IngestSize[]): Promise<number[]> {
  const runId = Date.now();
  return ingestRates(sizes, INGEST_COUNT, ({ store }, draft, i) =>
    store.saveArticle({ ...draft, contentHash: `${INGEST_PREFIX}${runId}-${i}`, publishedAt: new Date(Date.UTC(2010, 0, 1) + i * 1000).toISOString() }),
  );
}

/**
 * Whole ingest, as `ingest` runs it: the article's text (headline and paragraphs) through
 * extraction, entity linking (lookups and upserts in the entity service) and the store.
 */
export function pipelineIngestRates(sizes: IngestSize[]): Promise<number[]> {
  const runId = Date.now();
  return ingestRates(sizes, PIPELINE_COUNT, ({ store, entities }, draft, i) =>
    ingestArticle(
      { text: [draft.headline, ...draft.paragraphs].join('\n\n'), url: `${PIPELINE_URL_PREFIX}${runId}/${i}`, publishedAt: draft.publishedAt, section: draft.section, byline: draft.byline, headline: draft.headline },
      { store, entities },
    ),
  );
}

/**
 * Removes the articles the ingest measures saved (by their content-hash and URL
 * prefixes), with their mentions, quotes and search entries, so a reused corpus keeps its size.
 */
export function removeIngested(path: string): void {
  const db = new Database(path);
  try {
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    // Ranges on the content-hash and URL indexes ('-' + 1 is '.', '/' + 1 is '0'), instead of LIKE, which scans every article.
    const ingested = `SELECT id FROM articles WHERE content_hash >= '${INGEST_PREFIX}' AND content_hash < '${INGEST_PREFIX.slice(0, -1)}.'
      UNION SELECT id FROM articles WHERE url >= '${PIPELINE_URL_PREFIX}' AND url < '${PIPELINE_URL_PREFIX.slice(0, -1)}0'`;
    db.transaction(() => {
      db.prepare(`DELETE FROM quotes_fts WHERE rowid IN (SELECT id FROM quotes WHERE article_id IN (${ingested}))`).run();
      db.prepare(`DELETE FROM articles_fts WHERE rowid IN (${ingested})`).run();
      db.prepare(`DELETE FROM articles WHERE id IN (${ingested})`).run();
    })();
  } finally {
    db.close();
  }
}

/** The entity database as the corpus left it, kept aside while the whole-ingest measure links (and creates) entities. */
export const entityBackup = (dir: string): string => join(dir, 'entities.db.before-ingest');

export function restoreEntities(dir: string): void {
  const backup = entityBackup(dir);
  if (!existsSync(backup)) return;
  for (const suffix of ['-wal', '-shm']) rmSync(join(dir, `entities.db${suffix}`), { force: true });
  renameSync(backup, join(dir, 'entities.db'));
}
