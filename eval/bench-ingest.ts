/**
 * `node dist/eval/bench-ingest.js [COUNT] [--texts DIR]` (after `npm run eval:extract` or
 * `tsc -p eval/tsconfig.json`): ingests COUNT distinct articles (default 500,
 * variants of the development, held-out and both blind sets' texts, or of the `.txt` files in DIR, such
 * as PolNeAR's dev texts, full-length news) into fresh SQLite article and entity
 * stores in a temp folder, in one process, and prints the rate for extraction
 * alone and for the whole pipeline (extraction, entity linking, store), with the
 * texts' mean length.
 *
 * Extraction runs twice over the texts: the first pass includes the process's
 * start-up (the lexicons built, every pattern compiled and the code optimized
 * on first use: several hundred milliseconds), the second is the steady state a
 * long ingest runs at. The whole pipeline runs after both, with fresh stores.
 *
 * The whole pipeline is timed twice, each time into fresh stores: an article at a time
 * (ingestArticle: one store transaction an article) and in batches as `npm run ingest` saves a
 * run of files (ingestArticles: up to 50 articles a transaction).
 *
 * Each rate is given by wall-clock time, by the process's CPU time (user +
 * system, all threads: V8 collects garbage and compiles on helper threads, so
 * this may exceed one core), and — where Linux tells it — by the main
 * thread's own CPU time, the work that stays on one core. A busy shared machine
 * disturbs CPU times far less than the wall clock.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEntityService } from '../src/entities/sqlite-entity-service';
import { extractArticle } from '../src/ingest/extract-article';
import { batchesOf, ingestArticles } from '../src/ingest/batch-ingest';
import { ingestArticle } from '../src/ingest/pipeline';
import { SqliteArticleStore } from '../src/store/sqlite-article-store';
import { mainThreadSeconds } from './main-thread-cpu';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const textsAt = args.indexOf('--texts');
  const textsDir = textsAt >= 0 ? args.splice(textsAt, 2)[1] : undefined;
  if (textsAt >= 0 && !textsDir) throw new Error('--texts needs a folder of .txt files');
  const count = Number(args[0] ?? 500);
  const root = join(__dirname, '..', '..', 'eval');
  // All four evaluation sets: the blind sets' scraped front matter and trailers are part of real input.
  const dirs = textsDir ? [textsDir] : [join(root, 'articles'), join(root, 'heldout', 'articles'), join(root, 'blind', 'articles'), join(root, 'blind2', 'articles')];
  const sources = dirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readFileSync(join(dir, f), 'utf8')),
  );
  if (sources.length === 0) throw new Error(`no .txt files in ${dirs.join(', ')}`);
  const texts = Array.from({ length: count }, (_, i) => `${sources[i % sources.length].trimEnd()}\n\nThis is copy number ${i} of the story.\n`);

  let quotes = 0;
  const extraction = (): Promise<Timing> =>
    measure(() => {
      quotes = 0;
      for (const text of texts) quotes += extractArticle(text).quotes.length;
    });
  const cold = await extraction();
  const warm = await extraction();

  const single = await inFreshStores(async (deps) => {
    for (let i = 0; i < texts.length; i++) await ingestArticle({ text: texts[i], url: `https://example.test/${i}` }, deps);
  });
  const inputs = texts.map((text, i) => ({ text, url: `https://example.test/${i}` }));
  const batched = await inFreshStores(async (deps) => {
    for (const batch of batchesOf(inputs, (input) => input.text.length)) {
      const failed = (await ingestArticles(batch, deps)).find((r) => !r.ok);
      if (failed && !failed.ok) throw failed.error;
    }
  });
  const rate = (seconds: number | null): string => (seconds === null ? '    -' : `${(count / seconds).toFixed(0)}`.padStart(5));
  const line = (t: Timing): string => `${rate(t.wall)} wall ${rate(t.cpu)} CPU ${rate(t.mainThread)} main thread`;
  process.stdout.write(
    `${count} articles, ${quotes} quotes, ${Math.round(texts.reduce((n, t) => n + t.length, 0) / count)} characters an article; articles/s by wall clock, by this process's CPU time, by its main thread's CPU time\n` +
      `extraction only, first pass:  ${line(cold)} (start-up included)\n` +
      `extraction only, second pass: ${line(warm)}\n` +
      `extraction + linking + store: ${line(single)} (SQLite, in-process entity service; a transaction an article)\n` +
      `the same in batches:          ${line(batched)} (up to 50 articles a transaction)\n`,
  );
}

/** Times `run` on a fresh SQLite article store and in-process entity service in a temp folder, removed after. */
async function inFreshStores(run: (deps: { store: SqliteArticleStore; entities: SqliteEntityService }) => Promise<void>): Promise<Timing> {
  const tmp = mkdtempSync(join(tmpdir(), 'newsgraph-bench-'));
  const store = SqliteArticleStore.open(join(tmp, 'news.db'));
  const entities = SqliteEntityService.open(join(tmp, 'entities.db'));
  try {
    return await measure(() => run({ store, entities }));
  } finally {
    await store.close();
    await entities.close();
    rmSync(tmp, { recursive: true, force: true });
  }
}

interface Timing {
  wall: number;
  cpu: number;
  /** Null where /proc does not tell a thread's CPU time. */
  mainThread: number | null;
}

/** Seconds of wall clock, process CPU and main-thread CPU that `run` takes. */
async function measure(run: () => void | Promise<void>): Promise<Timing> {
  const started = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  const thread = mainThreadSeconds();
  await run();
  const used = process.cpuUsage(cpu);
  const threadAfter = mainThreadSeconds();
  return {
    wall: Number(process.hrtime.bigint() - started) / 1e9,
    cpu: (used.user + used.system) / 1e6,
    mainThread: thread === null || threadAfter === null ? null : threadAfter - thread,
  };
}

void main();
