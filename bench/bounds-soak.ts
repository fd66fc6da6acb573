import { spawn } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * `node dist/bench/bounds-soak.js [seconds]`: starts the built gateway (`dist/src/cli/serve.js`,
 * with Redis when REDIS_URL is set) as `npm start` would, fills it with two articles at the
 * quote cap, then has SOAK_ATTACKERS client addresses (X-Forwarded-For behind TRUST_PROXY=1)
 * send the worst anonymous requests known, each as fast as its rate limit lets it, while one
 * legitimate client (a reader key) asks for the front page every 500 ms. Prints the gateway's
 * resident memory over time and the legitimate client's latencies.
 *
 * The attacks: 1.9 MB of undeclared variables under 6 operation names; variables nested 4,000
 * deep; a persisted query padded with a 1.5 MB comment; an article's body under each of its
 * 100 quotes, as often as fits in MAX_RESPONSE_BYTES and four times over it, each with
 * a fresh document (a new cache key, a new compilation) each time.
 */

const ROOT = resolve(__dirname, '..', '..');
const EDITOR_KEY = `editor-${randomUUID()}`;
const READER_KEY = `reader-${randomUUID()}`;

interface Started {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

function startGateway(env: Record<string, string>): Promise<Started> {
  const child = spawn(process.execPath, [join(ROOT, 'dist', 'src', 'cli', 'serve.js')], {
    cwd: ROOT,
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'error', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolvePromise, reject) => {
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /gateway ready at (http:\/\/\S+)/.exec(output);
      if (match) {
        resolvePromise({
          url: match[1],
          pid: child.pid as number,
          // SIGTERM, then SIGKILL if the drain has not ended within 5 s (only the figures matter here).
          stop: () =>
            new Promise((done) => {
              const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
              child.once('exit', () => {
                clearTimeout(timer);
                done();
              });
              child.kill('SIGTERM');
            }),
        });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`the gateway exited (${code}):\n${output}`)));
  });
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
}

async function post(url: string, body: string, headers: Record<string, string>): Promise<{ status: number; length: number }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const text = await response.text();
  return { status: response.status, length: text.length };
}

function article(headline: string, paragraphLength: number): string {
  const filler = ' and on every detail the negotiators will need'.repeat(Math.ceil(paragraphLength / 46));
  const paragraphs = Array.from({ length: 100 }, (_, i) => `“We will keep working on point ${i} of the plan${filler.slice(0, paragraphLength)},” said John Kerry.`);
  return `World\n\n${headline}\n\n${paragraphs.join('\n\n')}`;
}

function nested(depth: number): unknown {
  let value: unknown = 'leaf';
  for (let i = 0; i < depth; i += 1) value = { a: value };
  return value;
}

async function main(): Promise<void> {
  const seconds = Number(process.argv[2] ?? 60);
  const attackers = Number(process.env.SOAK_ATTACKERS ?? 4);
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-soak-'));
  const env: Record<string, string> = {
    DATABASE_URL: join(dir, 'news.db'),
    ENTITY_DATABASE_URL: join(dir, 'entities.db'),
    API_KEYS: `${EDITOR_KEY}:editor,${READER_KEY}:reader`,
    TRUST_PROXY: '1',
    RATE_LIMIT_PER_KEY: '0',
  };
  if (process.env.REDIS_URL) env.REDIS_PREFIX = `newsgraph-soak:${randomUUID()}:`;
  const gateway = await startGateway(env);
  say(`gateway ${gateway.url} pid ${gateway.pid}; ${attackers} attacking addresses for ${seconds} s; RSS at start ${rssMb(gateway.pid)} MB`);

  const ingest = `mutation Ingest($input: IngestArticleInput!) { ingestArticle(input: $input) { article { slug } } }`;
  const slugs: string[] = [];
  // ~11 KB and ~80 KB bodies: under each of 100 quotes, ~1.1 MB a copy (allowed as many times as fit), four times ~32 MB (refused).
  for (const [headline, length] of [['Quotes at the cap', 50], ['Long quotes at the cap', 760]] as const) {
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${EDITOR_KEY}` },
      body: JSON.stringify({ query: ingest, variables: { input: { text: article(headline, length) } } }),
    });
    const body = (await response.json()) as { data?: { ingestArticle: { article: { slug: string } } }; errors?: unknown };
    if (!body.data) throw new Error(`ingest failed: ${JSON.stringify(body.errors)}`);
    slugs.push(body.data.ingestArticle.article.slug);
  }

  // The largest answer allowed: as many copies of the first article's body under its quotes as fit in MAX_RESPONSE_BYTES.
  const limit = Number(process.env.MAX_RESPONSE_BYTES ?? 2 * 1024 * 1024);
  const bodyResponse = await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `{ article(slug: "${slugs[0]}") { body } }` }) });
  const bodyLength = ((await bodyResponse.json()) as { data: { article: { body: string } } }).data.article.body.length;
  const allowedCopies = Math.max(1, Math.floor((0.9 * limit) / (100 * (bodyLength + 30))));
  const junk = 'x'.repeat(1_900_000);
  const padded = `{ __typename }\n# ${'y'.repeat(1_500_000)}`;
  const quoteBodies = (slug: string, copies: number, salt: string) =>
    `{ ${Array.from({ length: copies }, (_, i) => `a${i}: article(slug: "${slug}") { quotes { article { body } } }`).join(' ')} } # ${salt}`;
  let counter = 0;
  const attacks: (() => string)[] = [
    () => JSON.stringify({ query: `query Op${counter % 6} { articles(first: 1) { nodes { slug } } }`, variables: { junk: `${counter++}${junk}` } }),
    () => JSON.stringify({ query: `query F($f: ArticleFilter) { articles(first: 1, filter: $f) { nodes { slug } } }`, variables: { f: nested(4000) } }),
    () => {
      const text = `${padded}${counter++}`;
      return JSON.stringify({ query: text, extensions: { persistedQuery: { version: 1, sha256Hash: createHash('sha256').update(text).digest('hex') } } });
    },
    () => JSON.stringify({ query: quoteBodies(slugs[0], allowedCopies, String(counter++)) }),
    () => JSON.stringify({ query: quoteBodies(slugs[1], 4, String(counter++)) }),
  ];

  // SOAK_ATTACKS=0,3 runs only those attacks (by their place in the list above).
  const chosen = process.env.SOAK_ATTACKS ? process.env.SOAK_ATTACKS.split(',').map((i) => attacks[Number(i)]) : attacks;
  const deadline = Date.now() + seconds * 1000;
  const statuses = new Map<number, number>();
  const attacker = async (address: string, lane: number): Promise<void> => {
    let i = lane;
    while (Date.now() < deadline) {
      const body = chosen[i++ % chosen.length]();
      try {
        const { status } = await post(gateway.url, body, { 'x-forwarded-for': address });
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
      } catch {
        statuses.set(0, (statuses.get(0) ?? 0) + 1);
      }
    }
  };

  const latencies: number[] = [];
  let legitimateFailures = 0;
  const legitimate = async (): Promise<void> => {
    const front = JSON.stringify({ query: `{ articles(first: 10) { nodes { headline people { name } quotes { text speaker { name } } } } }` });
    while (Date.now() < deadline) {
      const started = performance.now();
      const { status } = await post(gateway.url, front, { authorization: `Bearer ${READER_KEY}`, 'x-forwarded-for': '10.99.0.1' });
      latencies.push(performance.now() - started);
      if (status !== 200) legitimateFailures += 1;
      await new Promise((done) => setTimeout(done, 500));
    }
  };

  const samples: number[] = [];
  const sampler = setInterval(() => {
    const rss = rssMb(gateway.pid);
    samples.push(rss);
    if (samples.length % 15 === 0) say(`${samples.length * 2} s: RSS ${rss} MB`);
  }, 2000);

  const workers: Promise<void>[] = [legitimate()];
  for (let a = 0; a < attackers; a += 1) for (let lane = 0; lane < 2; lane += 1) workers.push(attacker(`10.0.${a}.1`, lane));
  await Promise.all(workers);
  clearInterval(sampler);

  latencies.sort((x, y) => x - y);
  const pct = (p: number) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]);
  say(`largest allowed answer: ${allowedCopies} cop${allowedCopies === 1 ? 'y' : 'ies'} of a ${bodyLength}-character body under 100 quotes`);
  say(`attack answers by status: ${JSON.stringify(Object.fromEntries([...statuses].sort()))}`);
  say(`RSS: max ${Math.max(...samples)} MB, at the end ${rssMb(gateway.pid)} MB`);
  say(`legitimate client: ${latencies.length} requests, ${legitimateFailures} failed; median ${pct(50)} ms, p99 ${pct(99)} ms, max ${pct(100)} ms`);
  await gateway.stop();
  rmSync(dir, { recursive: true, force: true });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

function say(line: string): void {
  process.stdout.write(`${line}\n`);
}
