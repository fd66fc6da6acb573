import 'reflect-metadata';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pino from 'pino';
import type { Services } from '../src/context/request-context';
import { SqliteEntityService } from '../src/entities/sqlite-entity-service';
import { createGateway } from '../src/server/gateway';
import { SqliteArticleStore } from '../src/store/sqlite-article-store';
import type { CorpusInfo } from './scale-corpus';
import { readFileSync } from 'node:fs';
import { warmPageCache } from './page-cache';
import { measureColdLatencies, type ColdSize } from './scale-cold';

/**
 * `node dist/bench/scale-cold-run.js`: only the cold reads of `npm run bench:scale`
 * (bench/scale-cold.ts), on corpora it has already generated in SCALE_DIR (sizes SCALE_SMALL
 * and SCALE_ARTICLES, runs SCALE_RUNS), opened as they are (a newer build migrates them first).
 * Prints, per read and size, the median latency, the ratio, the store statements and the pages
 * read per run (read calls). For iterating on the store's cold paths without the ingest measures
 * or a corpus generation; results.md is written by bench:scale only.
 */
async function main(): Promise<void> {
  const dir = resolve(process.env.SCALE_DIR ?? join(tmpdir(), 'newsgraph-scale'));
  const sizes = [Number(process.env.SCALE_SMALL ?? 1000), Number(process.env.SCALE_ARTICLES ?? 1_000_000)];
  const runs = Number(process.env.SCALE_RUNS ?? 200);
  const opened: (ColdSize & { close: () => Promise<void> })[] = [];
  try {
    for (const articles of sizes) {
      const at = join(dir, String(articles));
      const corpus = JSON.parse(readFileSync(join(at, 'corpus.json'), 'utf8')) as CorpusInfo;
      const store = SqliteArticleStore.open(join(at, 'news.db'), { cacheEntries: 0 });
      const entities = SqliteEntityService.open(join(at, 'entities.db'), { cacheEntries: 0 });
      const services: Services = { store, entities, ingest: () => Promise.reject(new Error('read-only')) };
      const gateway = await createGateway({ services, logger: pino({ level: 'silent' }), executor: 'jit' });
      opened.push({
        gateway,
        corpus: { dbPath: join(at, 'news.db'), ...corpus },
        statementCount: () => store.statementCount,
        close: async () => {
          await gateway.stop();
          await store.close();
          await entities.close();
        },
      });
      warmPageCache(join(at, 'news.db'));
      warmPageCache(join(at, 'entities.db'));
    }
    const results = await measureColdLatencies(opened, runs);
    process.stdout.write(`| read | p50 at ${sizes[0]} | p50 at ${sizes[1]} | ratio | statements | pages read per run | KB from disk per run |\n| --- | --: | --: | --: | --: | --: | --: |\n`);
    for (const name of Object.keys(results[0])) {
      const [a, b] = [results[0][name], results[1][name]];
      const pages = `${a.pageReads?.toFixed(1) ?? '–'} / ${b.pageReads?.toFixed(1) ?? '–'}`;
      const disk = `${a.diskKb?.toFixed(1) ?? '–'} / ${b.diskKb?.toFixed(1) ?? '–'}`;
      process.stdout.write(`| ${name} (${a.runs} runs) | ${a.p50.toFixed(2)} ms | ${b.p50.toFixed(2)} ms | ${(b.p50 / a.p50).toFixed(2)}× | ${a.statements} / ${b.statements} | ${pages} | ${disk} |\n`);
    }
  } finally {
    for (const size of opened) await size.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`scale-cold-run: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
