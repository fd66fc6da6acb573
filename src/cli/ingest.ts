/**
 * `npm run ingest -- FILE...`: ingests raw article text files into the
 * configured store (DATABASE_URL) and entity service (ENTITY_SERVICE_URL, or
 * in-process with ENTITY_DATABASE_URL). A sidecar `FILE.meta.json` may give
 * `url`, `date` (or `publishedAt`), `section`, `byline` and `headline`; other keys
 * are reported as warnings and ignored.
 *
 * Files are saved in batches of up to 50 articles (BATCH_ARTICLES, and up to BATCH_TEXT of text),
 * one store transaction a batch (src/ingest/batch-ingest.ts); a file that fails to read, extract,
 * link or save is reported failed and the rest of its batch is stored.
 *
 * Progress goes to stderr (a bar when it is a terminal, a line per file
 * otherwise); the summary goes to stdout. Exit code 1 when any file failed,
 * 2 on a usage or configuration error.
 */
import { readFile } from 'node:fs/promises';
import { responseCacheFor } from '../cache/response-cache';
import { loadConfig, type Config } from '../config/config';
import { ConfigError } from '../config/env-values';
import { openEntityService } from '../entities/open-entity-service';
import { InvalidInputError } from '../errors';
import { RedisNewsEvents } from '../events/redis-news-events';
import { batchFull, ingestArticles } from '../ingest/batch-ingest';
import type { IngestResult } from '../ingest/pipeline';
import type { IngestInput } from '../records/article-records';
import { parseNewsDate } from '../ingest/publication-date';
import { openArticleStore } from '../store/open-article-store';

interface Summary {
  created: number;
  updated: number;
  unchanged: number;
  failed: number;
  quotes: number;
  people: number;
}

/** The sidecar keys read; `date` and `publishedAt` name the same thing. */
const META_KEYS = ['url', 'date', 'publishedAt', 'section', 'byline', 'headline'] as const;
const TEXT_FIELDS = ['url', 'section', 'byline', 'headline'] as const;

/** The article text and its sidecar's metadata, with a warning per sidecar key that is not read. */
async function readInput(file: string): Promise<{ input: IngestInput; warnings: string[] }> {
  const bytes = await readFile(file);
  const text = bytes.toString('utf8');
  const input: IngestInput = { text };
  const warnings: string[] = [];
  let metaText: string | null = null;
  try {
    metaText = await readFile(`${file}.meta.json`, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  if (metaText !== null) {
    let meta: unknown;
    try {
      meta = JSON.parse(metaText);
    } catch {
      throw new InvalidInputError(`${file}.meta.json is not valid JSON.`);
    }
    if (typeof meta !== 'object' || meta === null || Array.isArray(meta)) throw new InvalidInputError(`${file}.meta.json must hold a JSON object.`);
    const record = meta as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      if (!(META_KEYS as readonly string[]).includes(key)) {
        warnings.push(`${file}.meta.json: unknown key "${key}" ignored (the keys read are ${META_KEYS.join(', ')})`);
      }
    }
    const stringOf = (key: (typeof META_KEYS)[number]): string | null => {
      const value = record[key];
      if (value === undefined || value === null) return null;
      if (typeof value !== 'string') throw new InvalidInputError(`${file}.meta.json: "${key}" must be a string.`);
      return value;
    };
    for (const field of TEXT_FIELDS) {
      const value = stringOf(field);
      if (value !== null) input[field] = value;
    }
    const dates = (['date', 'publishedAt'] as const).flatMap((key) => {
      const value = stringOf(key);
      return value === null || value.trim() === '' ? [] : [{ key, iso: publicationDate(file, key, value) }];
    });
    if (dates.length === 2 && dates[0].iso !== dates[1].iso) {
      throw new InvalidInputError(`${file}.meta.json: "date" and "publishedAt" give different dates; give one.`);
    }
    if (dates.length > 0) input.publishedAt = dates[0].iso;
  }
  return { input, warnings };
}

/** A sidecar date as ISO 8601: the forms a date line may take (see publication-date.ts), or any ISO 8601 date-time. */
function publicationDate(file: string, key: string, value: string): string {
  const parsed = parseNewsDate(value);
  if (parsed !== null) return parsed;
  const ms = /^\d{4}-\d{2}-\d{2}T/.test(value.trim()) ? Date.parse(value) : NaN;
  if (Number.isNaN(ms)) {
    throw new InvalidInputError(`${file}.meta.json: "${key}" is not a date (give ISO 8601, e.g. 2024-03-05 or 2024-03-05T14:30:00Z, or e.g. March 5, 2024).`);
  }
  return new Date(ms).toISOString();
}

function progressReporter(total: number): { step(done: number, file: string, result: string): void; end(): void } {
  const tty = process.stderr.isTTY === true;
  const width = 30;
  return {
    step(done, file, result) {
      if (!tty) {
        process.stderr.write(`[${done}/${total}] ${file}: ${result}\n`);
        return;
      }
      const filled = Math.round((done / total) * width);
      const bar = '█'.repeat(filled) + '░'.repeat(width - filled);
      const name = file.length > 40 ? `…${file.slice(-39)}` : file;
      process.stderr.write(`\r${bar} ${done}/${total} ${name}`.padEnd(process.stderr.columns ?? 100));
    },
    end() {
      if (tty) process.stderr.write('\n');
    },
  };
}

/** A file read (its input) or not (what reading it threw), waiting for its batch. */
type Pending = { file: string; input: IngestInput; error: null } | { file: string; input: null; error: unknown };

function describe(result: IngestResult): string {
  return `${result.outcome} (${result.people} people, ${result.organizations} organizations, ${result.quotes} quotes)`;
}

async function main(argv: string[]): Promise<number> {
  const files = argv.filter((a) => a !== '--');
  if (files.length === 0 || files.includes('--help') || files.includes('-h')) {
    process.stderr.write(`usage: npm run ingest -- FILE...\n  Ingests raw article text files; FILE.meta.json may give ${META_KEYS.join(', ')} (date and publishedAt are the same).\n`);
    return files.length === 0 ? 2 : 0;
  }
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
  const store = await openArticleStore(config.databaseUrl);
  const entities = await openEntityService(config);
  // With REDIS_URL, subscribers on every gateway hear of these articles as they are saved.
  const events =
    config.redisUrl === null
      ? undefined
      : await RedisNewsEvents.open(config.redisUrl, {
          prefix: config.redisPrefix,
          onError: (error) => process.stderr.write(`warning: could not announce to subscribers: ${error.message}\n`),
        }, false);
  const summary: Summary = { created: 0, updated: 0, unchanged: 0, failed: 0, quotes: 0, people: 0 };
  const failures: string[] = [];
  const progress = progressReporter(files.length);
  // Files are read into a batch, saved in one transaction a batch (batch-ingest.ts), and reported in order.
  let batch: Pending[] = [];
  let batchText = 0;
  let done = 0;
  const fail = (file: string, error: unknown): string => {
    summary.failed++;
    const message = error instanceof Error ? error.message : String(error);
    failures.push(`${file}: ${message}`);
    return `failed: ${message}`;
  };
  const flush = async (): Promise<void> => {
    const readable = batch.flatMap((p) => (p.input === null ? [] : [p.input]));
    const results = await ingestArticles(readable, { store, entities, events });
    let next = 0;
    for (const pending of batch) {
      let line: string;
      if (pending.input === null) line = fail(pending.file, pending.error);
      else {
        const outcome = results[next++];
        if (outcome.ok) {
          summary[outcome.result.outcome]++;
          summary.quotes += outcome.result.quotes;
          summary.people += outcome.result.people;
          line = describe(outcome.result);
        } else line = fail(pending.file, outcome.error);
      }
      progress.step(++done, pending.file, line);
    }
    batch = [];
    batchText = 0;
  };
  try {
    for (const file of files) {
      let pending: Pending;
      try {
        const { input, warnings } = await readInput(file);
        for (const warning of warnings) process.stderr.write(`warning: ${warning}\n`);
        pending = { file, input, error: null };
      } catch (error) {
        pending = { file, input: null, error };
      }
      const size = pending.input?.text.length ?? 0;
      if (batchFull(batch.length, batchText, size)) await flush();
      batch.push(pending);
      batchText += size;
    }
    await flush();
  } finally {
    progress.end();
    await Promise.allSettled([store.close(), entities.close(), events?.close()]);
  }
  if (summary.created + summary.updated > 0) await invalidateSharedResponses(config);
  for (const failure of failures) process.stderr.write(`failed ${failure}\n`);
  process.stdout.write(
    `ingested ${files.length} file(s): ${summary.created} created, ${summary.updated} updated, ${summary.unchanged} unchanged, ${summary.failed} failed; ${summary.quotes} quotes, ${summary.people} people\n`,
  );
  return summary.failed > 0 ? 1 : 0;
}

/**
 * Gateways sharing a response cache through Redis drop their cached answers
 * now rather than when they expire. (Without Redis each gateway's cache is
 * in its own memory; on a SQLite store it sees this ingest at its next request
 * through the file's data version: ResponseCacheOptions.dataVersion.)
 */
async function invalidateSharedResponses(config: Config): Promise<void> {
  if (config.redisUrl === null || !config.responseCache) return;
  const cache = responseCacheFor(config);
  try {
    await cache.invalidate();
  } catch (error) {
    process.stderr.write(`warning: could not invalidate the gateways' cached answers: ${error instanceof Error ? error.message : String(error)}\n`);
  } finally {
    await cache.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
