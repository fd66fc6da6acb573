/**
 * Bulk ingest: many articles through the same pipeline as ingestArticle, their saves grouped
 * into one store transaction a batch (`store.saveArticleBatch`), so a batch costs one commit.
 */
import { asError } from '../errors';
import type { IngestInput } from '../records/article-records';
import { announceSaved, prepareArticle, type IngestDeps, type IngestResult, type PreparedArticle } from './pipeline';

/** What ingesting one article of a batch came to: its result, or the error that kept it out. */
export type BatchIngestResult = { ok: true; result: IngestResult } | { ok: false; error: Error };

/** The most articles saved in one transaction. */
export const BATCH_ARTICLES = 50;
/** The most text (UTF-16 code units) a batch holds before it is saved; an article alone may be larger. */
export const BATCH_TEXT = 4_000_000;

/**
 * Ingests `inputs` in order, as ingestArticle would each: extracted and linked one by one (an
 * input that fails there gets its error and is not saved), then saved together in one
 * transaction. A draft the store refuses, or one whose save fails in the database, gets its
 * error; the others are saved (saveArticleBatch saves them one at a time when the batch's
 * transaction fails). Subscribers hear of the saved articles after the commit, in order. The
 * caller bounds the batch (BATCH_ARTICLES, BATCH_TEXT: batchFull, batchesOf).
 */
export async function ingestArticles(inputs: readonly IngestInput[], deps: IngestDeps): Promise<BatchIngestResult[]> {
  const results: (BatchIngestResult | null)[] = inputs.map(() => null);
  const ready: { index: number; prepared: PreparedArticle }[] = [];
  for (const [index, input] of inputs.entries()) {
    try {
      ready.push({ index, prepared: await prepareArticle(input, deps) });
    } catch (error) {
      results[index] = { ok: false, error: asError(error) };
    }
  }
  const saved = ready.length > 0 ? await deps.store.saveArticleBatch(ready.map((r) => r.prepared.draft)) : [];
  for (const [k, { index, prepared }] of ready.entries()) {
    const save = saved[k];
    if (!save.ok) {
      results[index] = save;
      continue;
    }
    try {
      results[index] = { ok: true, result: await announceSaved(prepared, save, deps) };
    } catch (error) {
      results[index] = { ok: false, error: asError(error) };
    }
  }
  return results.map((r) => r as BatchIngestResult);
}

/**
 * Whether a batch holding `count` articles of `text` total length is closed before one of
 * `next` length: at BATCH_ARTICLES articles, or when the next would take it past BATCH_TEXT
 * (an empty batch takes any article).
 */
export function batchFull(count: number, text: number, next: number): boolean {
  return count > 0 && (count >= BATCH_ARTICLES || text + next > BATCH_TEXT);
}

/** Items split into runs in order, each closed when batchFull says so of the next item's `size`. */
export function batchesOf<T>(items: readonly T[], size: (item: T) => number): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  let text = 0;
  for (const item of items) {
    const n = size(item);
    if (batchFull(current.length, text, n)) {
      batches.push(current);
      current = [];
      text = 0;
    }
    current.push(item);
    text += n;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
