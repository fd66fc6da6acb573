import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractArticle } from '../../src/ingest/extract-article';
import type { ArticleRecord } from '../../src/records/article-records';
import { SqliteArticleStore } from '../../src/store/sqlite-article-store';

const root = join(__dirname, '..', '..');
const cli = join(root, 'dist', 'src', 'cli', 'ingest.js');
const evalArticles = join(root, 'eval', 'articles');

/** Writes `count` distinct articles (eval texts with a numbered paragraph) with url sidecars. */
function writeArticles(dir: string, count: number): string[] {
  const sources = readdirSync(evalArticles).filter((f) => f.endsWith('.txt'));
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const text = readFileSync(join(evalArticles, sources[i % sources.length]), 'utf8');
    const file = join(dir, `article-${i}.txt`);
    writeFileSync(file, `${text.trimEnd()}\n\nThis is copy number ${i} of the story.\n`);
    writeFileSync(`${file}.meta.json`, JSON.stringify({ url: `https://example.test/articles/${i}`, publishedAt: '2024-05-01T10:00:00Z' }));
    files.push(file);
  }
  return files;
}

async function allArticles(store: SqliteArticleStore): Promise<ArticleRecord[]> {
  const out: ArticleRecord[] = [];
  let after: string | null = null;
  for (;;) {
    const page = await store.listArticles({}, { limit: 100, after });
    out.push(...page.rows.map((r) => r.node));
    if (!page.hasNextPage) return out;
    after = page.rows[page.rows.length - 1].position;
  }
}

describe('npm run ingest (dist/src/cli/ingest.js)', () => {
  let dir: string;
  let env: NodeJS.ProcessEnv;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'newsgraph-ingest-cli-'));
    env = { ...process.env, DATABASE_URL: join(dir, 'news.db'), ENTITY_DATABASE_URL: join(dir, 'entities.db'), ENTITY_SERVICE_URL: '' };
  });

  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('ingests files with a summary, leaves one copy when run twice, and fails on a bad file', () => {
    const files = writeArticles(dir, 3);
    const bad = join(dir, 'empty.txt');
    writeFileSync(bad, '');
    const first = spawnSync(process.execPath, [cli, ...files], { env, encoding: 'utf8' });
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/ingested 3 file\(s\): 3 created, 0 updated, 0 unchanged, 0 failed/);
    const second = spawnSync(process.execPath, [cli, ...files, bad], { env, encoding: 'utf8' });
    expect(second.status).toBe(1);
    expect(second.stdout).toMatch(/ingested 4 file\(s\): 0 created, 0 updated, 3 unchanged, 1 failed/);
    expect(second.stderr).toMatch(/empty\.txt: The article text is empty/);
  });

  it('saves files in batches: a bad file in the middle of one fails alone, reported in its place', async () => {
    // 60 files: a batch of 50 and one of 10; the unreadable sidecar is in the first, the empty text in the second.
    const files = writeArticles(dir, 60);
    writeFileSync(`${files[20]}.meta.json`, '{ not json');
    writeFileSync(files[55], '');
    const run = spawnSync(process.execPath, [cli, ...files], { env, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/ingested 60 file\(s\): 58 created, 0 updated, 0 unchanged, 2 failed/);
    const progress = run.stderr.split('\n').filter((l) => l.startsWith('['));
    expect(progress.map((l) => /^\[(\d+)\/60\] (\S+):/.exec(l)?.slice(1))).toEqual(files.map((f, i) => [String(i + 1), f]));
    expect(progress[20]).toMatch(/failed: .*meta\.json is not valid JSON/);
    expect(progress[55]).toMatch(/failed: The article text is empty/);
    expect(progress[21]).toMatch(/: created \(/);

    const store = SqliteArticleStore.open(env.DATABASE_URL!);
    try {
      const stored = await allArticles(store);
      expect(stored.map((a) => a.url).sort()).toEqual(files.flatMap((_, i) => (i === 20 || i === 55 ? [] : [`https://example.test/articles/${i}`])).sort());
    } finally {
      await store.close();
    }
  });

  it('leaves every stored article whole when killed mid-way', async () => {
    const files = writeArticles(dir, 400);
    const child = spawn(process.execPath, [cli, ...files], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let progressLines = 0;
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      progressLines += chunk.split('\n').filter((l) => l.startsWith('[')).length;
      if (progressLines >= 25) child.kill('SIGKILL');
    });
    const signal = await exited;
    expect(signal).toBe('SIGKILL');

    const store = SqliteArticleStore.open(env.DATABASE_URL!);
    try {
      const stored = await allArticles(store);
      expect(stored.length).toBeGreaterThanOrEqual(25);
      expect(stored.length).toBeLessThan(files.length);
      const mentions = await store.mentionsByArticle(stored.map((a) => a.id));
      const quotes = await store.quotesByArticle(stored.map((a) => a.id));
      stored.forEach((article, i) => {
        const n = Number(/\/(\d+)$/.exec(article.url!)![1]);
        const expected = extractArticle(readFileSync(files[n], 'utf8'));
        expect({ url: article.url, paragraphs: article.paragraphs.length, mentions: mentions[i].length, quotes: quotes[i].length }).toEqual({
          url: article.url,
          paragraphs: expected.paragraphs.length,
          mentions: expected.entities.mentions.length,
          quotes: expected.quotes.length,
        });
      });
    } finally {
      await store.close();
    }
  });

  it('stores body-only texts, reads the sidecar date under "date" or "publishedAt" or from the text, and warns about keys it does not read', async () => {
    const body = (n: number): string => `The harbor authority approved ferry schedule number ${n} on Tuesday.\n\n"This fixes the worst gaps," the chair said.\n`;
    const dated = join(dir, 'dated.txt');
    writeFileSync(dated, body(1));
    writeFileSync(`${dated}.meta.json`, JSON.stringify({ url: 'https://example.test/dated', date: '2024-03-05', tags: ['ferries'], publishedAt: '2024-03-05T00:00:00Z' }));
    const fromText = join(dir, 'from-text.txt');
    writeFileSync(fromText, `Published March 7, 2024 2:30 p.m. EST\n\n${body(2)}`);
    writeFileSync(`${fromText}.meta.json`, JSON.stringify({ url: 'https://example.test/from-text' }));
    const conflicting = join(dir, 'conflicting.txt');
    writeFileSync(conflicting, body(3));
    writeFileSync(`${conflicting}.meta.json`, JSON.stringify({ date: '2024-03-05', publishedAt: '2024-04-01' }));
    const unreadable = join(dir, 'unreadable.txt');
    writeFileSync(unreadable, body(4));
    writeFileSync(`${unreadable}.meta.json`, JSON.stringify({ date: 'last spring' }));

    const run = spawnSync(process.execPath, [cli, dated, fromText, conflicting, unreadable], { env, encoding: 'utf8' });
    expect(run.stdout).toMatch(/ingested 4 file\(s\): 2 created, 0 updated, 0 unchanged, 2 failed/);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`warning: ${dated}.meta.json: unknown key "tags" ignored (the keys read are url, date, publishedAt, section, byline, headline)`);
    expect(run.stderr.match(/warning:/g)).toHaveLength(1);
    expect(run.stderr).toMatch(/conflicting\.txt\.meta\.json: "date" and "publishedAt" give different dates/);
    expect(run.stderr).toMatch(/unreadable\.txt\.meta\.json: "date" is not a date/);

    const store = SqliteArticleStore.open(env.DATABASE_URL!);
    try {
      const stored = await allArticles(store);
      expect(stored.map((a) => [a.url, a.headline, a.headlineDerived, a.publishedAt])).toEqual([
        ['https://example.test/from-text', 'The harbor authority approved ferry schedule number 2 on Tuesday', true, '2024-03-07T19:30:00.000Z'],
        ['https://example.test/dated', 'The harbor authority approved ferry schedule number 1 on Tuesday', true, '2024-03-05T00:00:00.000Z'],
      ]);
    } finally {
      await store.close();
    }
  });
});
