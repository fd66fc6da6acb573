/**
 * `node dist/eval/bench-link-store.js [COUNT] [--sql]` (after `tsc -p eval/tsconfig.json`): what
 * ingestion costs after extraction. The COUNT texts of bench-ingest.js are extracted first (not
 * timed); then each article is linked to a fresh in-process SQLite entity service and saved into
 * a fresh SQLite article store, as ingestArticle does, and the main thread's CPU time of linking
 * and of saving is printed per article, with the median save. `--sql` also counts the SQL
 * statements each article runs in either database (the entity service counts only calls).
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SqliteEntityService } from '../src/entities/sqlite-entity-service';
import { extractArticle, type ArticleExtraction } from '../src/ingest/extract-article';
import { buildDraft, linkEntities } from '../src/ingest/pipeline';
import { withinQuoteCap } from '../src/ingest/quote-cap';
import { ARTICLE_CAPS } from '../src/store/article-caps';
import { SqliteArticleStore } from '../src/store/sqlite-article-store';
import { mainThreadSeconds } from './main-thread-cpu';

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 500);
  const countSql = process.argv.includes('--sql');
  const root = join(__dirname, '..', '..', 'eval');
  const sources = [join(root, 'articles'), join(root, 'heldout', 'articles'), join(root, 'blind', 'articles'), join(root, 'blind2', 'articles')].flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readFileSync(join(dir, f), 'utf8')),
  );
  const extractions: ArticleExtraction[] = Array.from({ length: count }, (_, i) => {
    const x = extractArticle(`${sources[i % sources.length].trimEnd()}\n\nThis is copy number ${i} of the story.\n`, { url: `https://example.test/${i}` });
    return { ...x, quotes: withinQuoteCap(x.quotes, ARTICLE_CAPS.quotes).quotes };
  });
  const statements = countSql ? countStatements() : null;

  const tmp = mkdtempSync(join(tmpdir(), 'newsgraph-bench-'));
  const store = SqliteArticleStore.open(join(tmp, 'news.db'));
  const entities = SqliteEntityService.open(join(tmp, 'entities.db'));
  try {
    let linking = 0;
    let saving = 0;
    let linkingCpu = 0;
    let savingCpu = 0;
    const saves: number[] = [];
    let linkStatements = 0;
    let saveStatements = 0;
    const startThread = mainThreadSeconds();
    for (const x of extractions) {
      const c0 = threadCpuNs();
      const t0 = process.hrtime.bigint();
      const s0 = statements?.n ?? 0;
      const links = await linkEntities(x.entities, entities);
      const draft = buildDraft(x, links);
      const t1 = process.hrtime.bigint();
      const c1 = threadCpuNs();
      const s1 = statements?.n ?? 0;
      await store.saveArticle(draft);
      const t2 = process.hrtime.bigint();
      const c2 = threadCpuNs();
      linkingCpu += c1 - c0;
      savingCpu += c2 - c1;
      linkStatements += s1 - s0;
      saveStatements += (statements?.n ?? 0) - s1;
      linking += Number(t1 - t0);
      saving += Number(t2 - t1);
      saves.push(Number(t2 - t1));
    }
    const threadSeconds = (mainThreadSeconds() ?? NaN) - (startThread ?? NaN);
    saves.sort((a, b) => a - b);
    const ms = (ns: number): string => (ns / 1e6).toFixed(3);
    process.stdout.write(
      `${count} articles after extraction: main thread ${((threadSeconds * 1000) / count).toFixed(3)} ms/article (${(count / threadSeconds).toFixed(0)}/s)\n` +
        `main-thread CPU per article: linking + draft ${ms(linkingCpu / count)} ms, save ${ms(savingCpu / count)} ms\n` +
        `wall per article: linking + draft ${ms(linking / count)} ms, save ${ms(saving / count)} ms (median ${ms(saves[Math.floor(count / 2)])} ms)\n` +
        (statements ? `SQL statements per article: linking ${(linkStatements / count).toFixed(1)}, save ${(saveStatements / count).toFixed(1)}\n` : ''),
    );
  } finally {
    await store.close();
    await entities.close();
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** Counts every statement better-sqlite3 runs in this process (run, get, all, iterate). */
function countStatements(): { n: number } {
  const counter = { n: 0 };
  const probe = new Database(':memory:');
  const proto = Object.getPrototypeOf(probe.prepare('SELECT 1')) as Record<string, (...args: unknown[]) => unknown>;
  probe.close();
  for (const method of ['run', 'get', 'all', 'iterate']) {
    const original = proto[method];
    proto[method] = function (this: unknown, ...args: unknown[]) {
      counter.n++;
      return original.apply(this, args);
    };
  }
  return counter;
}

/** Nanoseconds the main thread has run on a CPU (Linux schedstat; NaN elsewhere). */
function threadCpuNs(): number {
  try {
    return Number(readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8').split(' ')[0]);
  } catch {
    return NaN;
  }
}

void main();
