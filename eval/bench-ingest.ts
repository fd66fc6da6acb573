/**
 * `node dist/eval/bench-ingest.js [COUNT]` (after `npm run eval:extract` or
 * `tsc -p eval/tsconfig.json`): ingests COUNT distinct articles (default 500,
 * variants of the development, held-out and both blind sets' texts) into fresh SQLite article and entity
 * stores in a temp folder, in one process on one core, and prints the rate
 * for extraction alone and for the whole pipeline (extraction, entity
 * linking, store). Each rate is given twice: by wall-clock time, and by the
 * process's own CPU time (user + system), which a busy shared machine disturbs
 * far less than the wall clock.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEntityService } from '../src/entities/sqlite-entity-service';
import { extractArticle } from '../src/ingest/extract-article';
import { ingestArticle } from '../src/ingest/pipeline';
import { SqliteArticleStore } from '../src/store/sqlite-article-store';

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 500);
  const root = join(__dirname, '..', '..', 'eval');
  // All four evaluation sets: the blind sets' scraped front matter and trailers are part of real input.
  const sources = [join(root, 'articles'), join(root, 'heldout', 'articles'), join(root, 'blind', 'articles'), join(root, 'blind2', 'articles')].flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readFileSync(join(dir, f), 'utf8')),
  );
  const texts = Array.from({ length: count }, (_, i) => `${sources[i % sources.length].trimEnd()}\n\nThis is copy number ${i} of the story.\n`);

  let started = process.hrtime.bigint();
  let cpu = process.cpuUsage();
  let quotes = 0;
  for (const text of texts) quotes += extractArticle(text).quotes.length;
  const extractSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  const extractCpu = cpuSeconds(cpu);

  const tmp = mkdtempSync(join(tmpdir(), 'newsgraph-bench-'));
  const store = SqliteArticleStore.open(join(tmp, 'news.db'));
  const entities = SqliteEntityService.open(join(tmp, 'entities.db'));
  try {
    started = process.hrtime.bigint();
    cpu = process.cpuUsage();
    for (let i = 0; i < texts.length; i++) await ingestArticle({ text: texts[i], url: `https://example.test/${i}` }, { store, entities });
    const pipelineSeconds = Number(process.hrtime.bigint() - started) / 1e9;
    const pipelineCpu = cpuSeconds(cpu);
    const rate = (seconds: number): string => `${(count / seconds).toFixed(0)}`.padStart(5);
    process.stdout.write(
      `${count} articles, ${quotes} quotes; articles/s by wall clock, and by this process's CPU time\n` +
        `extraction only:              ${rate(extractSeconds)} wall ${rate(extractCpu)} CPU\n` +
        `extraction + linking + store: ${rate(pipelineSeconds)} wall ${rate(pipelineCpu)} CPU (SQLite, in-process entity service)\n`,
    );
  } finally {
    await store.close();
    await entities.close();
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** CPU seconds (user + system) this process spent since `since`. */
function cpuSeconds(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
}

void main();
