import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SqliteEntityService } from '../src/entities/sqlite-entity-service';
import { SqliteArticleStore } from '../src/store/sqlite-article-store';
import { CORPUS_VERSION, generateCorpus } from './corpus';

/**
 * The corpora of `npm run bench:scale`: generated once into a directory (news.db,
 * entities.db and corpus.json, which records the settings and how long generation took)
 * and reused while the settings match.
 */
export interface CorpusInfo {
  articles: number;
  people: number;
  organizations: number;
  /** Whole generation: entities, articles and pair counts. */
  seconds: number;
  /** Articles per second over the first and the last tenth of the bulk load. */
  firstRate: number;
  lastRate: number;
  /** The set-based build of the pair counts after the articles (absent in corpora from before it). */
  pairSeconds?: number;
  /** The generator's CORPUS_VERSION: a corpus written by an older generator is written again. */
  version?: number;
}

const SEED = 7;
/** Articles per transaction of the bulk load. */
export const BULK_BATCH = 5000;

/** People and organizations for a corpus size: more news, more names (the entity service upserts in O(n) each, hence the cap). */
export function entityCounts(articles: number): { people: number; organizations: number } {
  const people = Math.min(20_000, Math.max(100, Math.floor(articles / 10)));
  return { people, organizations: Math.max(20, Math.floor(people / 5)) };
}

/** The corpus of `articles` articles in `dir`, generated unless a matching one is there; `log` gets progress lines. */
export async function ensureCorpus(dir: string, articles: number, log: (line: string) => void): Promise<CorpusInfo> {
  const marker = join(dir, 'corpus.json');
  const counts = entityCounts(articles);
  if (existsSync(marker)) {
    const info = JSON.parse(readFileSync(marker, 'utf8')) as CorpusInfo;
    if (info.articles === articles && info.people === counts.people && info.version === CORPUS_VERSION) return info;
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const store = SqliteArticleStore.open(join(dir, 'news.db'));
  const entities = SqliteEntityService.open(join(dir, 'entities.db'));
  const started = Date.now();
  const batchTimes: { written: number; at: number }[] = [];
  let pairSeconds = 0;
  try {
    await generateCorpus(store, entities, {
      seed: SEED,
      articles,
      ...counts,
      batchSize: BULK_BATCH,
      onProgress: (written) => {
        const at = Date.now();
        batchTimes.push({ written, at });
        if ((written > 0 && written % 50_000 === 0) || written === articles) log(`  ${written} articles, ${((at - started) / 1000).toFixed(0)} s`);
      },
    });
    // What follows the last batch is the set-based build of the pair counts.
    pairSeconds = (Date.now() - batchTimes[batchTimes.length - 1].at) / 1000;
    log(`  pair counts built in ${pairSeconds.toFixed(0)} s`);
  } finally {
    await store.close();
    await entities.close();
  }
  const rateOver = (from: number, to: number): number => {
    const a = batchTimes[Math.max(0, from)];
    const b = batchTimes[Math.min(batchTimes.length - 1, to)];
    return b.at > a.at ? ((b.written - a.written) * 1000) / (b.at - a.at) : NaN;
  };
  const tenth = Math.max(1, Math.floor(batchTimes.length / 10));
  const info: CorpusInfo = {
    articles,
    ...counts,
    seconds: (Date.now() - started) / 1000,
    // batchTimes[0] is the start of the article phase (written = 0).
    firstRate: rateOver(0, tenth),
    lastRate: rateOver(batchTimes.length - 1 - tenth, batchTimes.length - 1),
    pairSeconds,
    version: CORPUS_VERSION,
  };
  writeFileSync(marker, JSON.stringify(info));
  return info;
}
