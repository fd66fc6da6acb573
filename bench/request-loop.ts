import 'reflect-metadata';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join, resolve } from 'node:path';
import { Duplex } from 'node:stream';
import type * as AppModule from '../src/server/app';
import type * as ConfigModule from '../src/config/config';
import type * as LoggerModule from '../src/logger';
import { SqliteEntityService } from '../src/entities/sqlite-entity-service';
import { SqliteArticleStore } from '../src/store/sqlite-article-store';
import { generateCorpus, type CorpusSummary } from './corpus';
import { buildScenarios } from './scenarios';

/*
 * CPU per response of the whole request path, in one process, without a kernel socket:
 * the gateway as `npm start` wires it (startApp: every route, stage and plugin; response
 * cache off, compiled execution) is handed an in-memory socket, and each request is the
 * bytes a client sends (request line, headers, JSON body), parsed by Node's HTTP parser
 * and answered through the stages, the lane and Node's response writer, one at a time.
 * What it leaves out is the same for every server: the socket's system calls and the
 * kernel's TCP work.
 *
 *   node dist/bench/request-loop.js DIR [answers] [rounds] [BUILD_DIST ...]
 *
 * DIR holds news.db and entities.db (a 2,000-article corpus, seed 42, is written there
 * when absent). SCENARIO picks the bench scenario (default `search`). With several
 * build directories (each a `dist` of this repository, e.g. a copy of an earlier
 * build's), their gateways run side by side in this process, over the same files, and
 * take turns round by round, `answers` requests each: load on the machine then falls on
 * every build alike, and the figure to read is the median over the rounds of each
 * build's difference from the first. Prints JSON; the builds' answers (status, headers
 * but Date and x-request-id, body) must be byte for byte the same, else it says so.
 */

interface Build {
  dist: string;
  answer: string;
  close(): Promise<void>;
  run(answers: number): Promise<number>;
}

/** An in-memory connection: what the server writes is kept until the next request. */
function memorySocket(): { socket: Duplex; written: Buffer[] } {
  const written: Buffer[] = [];
  const socket = new Duplex({
    read() {},
    write(chunk: Buffer, _encoding, done) {
      written.push(chunk);
      done();
    },
  });
  // What Node's HTTP server reads or calls on a TCP socket.
  Object.assign(socket, { remoteAddress: '127.0.0.1', remotePort: 40000, setTimeout: () => socket, setNoDelay: () => socket, setKeepAlive: () => socket });
  return { socket, written };
}

async function openBuild(dist: string, dir: string, request: Buffer): Promise<Build> {
  // Each build's own modules: its gateway, config and logger (loaded from its directory).
  const { startApp } = (await import(join(dist, 'src/server/app'))) as typeof AppModule;
  const { loadConfig } = (await import(join(dist, 'src/config/config'))) as typeof ConfigModule;
  const { createLogger } = (await import(join(dist, 'src/logger'))) as typeof LoggerModule;
  const config = loadConfig({
    ...process.env,
    DATABASE_URL: join(dir, 'news.db'),
    ENTITY_DATABASE_URL: join(dir, 'entities.db'),
    LOG_LEVEL: 'warn',
    NODE_ENV: 'production',
    GRAPHIQL: 'false',
    RATE_LIMIT_PER_IP: '0',
    RATE_LIMIT_PER_KEY: '0',
    EXECUTOR: 'jit',
    RESPONSE_CACHE: 'off',
    PORT: '0',
    HOST: '127.0.0.1',
  });
  const app = await startApp(config, createLogger(config.logLevel));
  const server: Server = app.gateway.httpServer;
  const { socket, written } = memorySocket();
  let finished: (() => void) | null = null;
  server.on('request', (_req, res) => {
    res.on('finish', () => {
      const done = finished;
      finished = null;
      // After the response's own finishing work (the same turn Node ends it in).
      if (done !== null) setImmediate(done);
    });
  });
  server.emit('connection', socket);
  const once = (): Promise<void> =>
    new Promise((resolveAnswer) => {
      finished = resolveAnswer;
      socket.push(request);
    });
  // Apollo answers the first two (the lane learns the key), then the lane does.
  for (let i = 0; i < 3; i++) await once();
  written.length = 0;
  await once();
  const answer = Buffer.concat(written).toString('utf8').replace(/\r\n(date|x-request-id): [^\r]*/gi, '');
  written.length = 0;
  return {
    dist,
    answer,
    close: () => app.close(),
    async run(answers) {
      const before = process.cpuUsage();
      for (let i = 0; i < answers; i++) {
        await once();
        written.length = 0;
      }
      const used = process.cpuUsage(before);
      return (used.user + used.system) / answers;
    },
  };
}

async function corpusIn(dir: string): Promise<CorpusSummary> {
  const summaryPath = join(dir, 'summary.json');
  if (existsSync(join(dir, 'news.db')) && existsSync(summaryPath)) return JSON.parse(readFileSync(summaryPath, 'utf8')) as CorpusSummary;
  const store = SqliteArticleStore.open(join(dir, 'news.db'));
  const entities = SqliteEntityService.open(join(dir, 'entities.db'));
  try {
    const summary = await generateCorpus(store, entities, { seed: 42, articles: 2000 });
    writeFileSync(summaryPath, JSON.stringify(summary));
    return summary;
  } finally {
    await store.close();
    await entities.close();
  }
}

const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main(): Promise<void> {
  const [dir, answersArg, roundsArg, ...distArgs] = process.argv.slice(2);
  if (dir === undefined) throw new Error('usage: request-loop.js DIR [answers] [rounds] [BUILD_DIST ...]');
  const answers = Number(answersArg ?? 1000);
  const rounds = Number(roundsArg ?? 15);
  const dists = distArgs.length > 0 ? distArgs.map((d) => resolve(d)) : [resolve(__dirname, '..')];
  const scenarioName = process.env.SCENARIO ?? 'search';
  const scenario = buildScenarios(await corpusIn(dir)).find((s) => s.name === scenarioName);
  if (scenario === undefined) throw new Error(`no scenario ${scenarioName}`);
  const body = JSON.stringify({ query: scenario.query, variables: scenario.variables, operationName: scenario.operationName });
  const request = Buffer.from(
    `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
  const builds: Build[] = [];
  for (const dist of dists) builds.push(await openBuild(dist, dir, request));
  const differing = builds.filter((b) => b.answer !== builds[0].answer).map((b) => b.dist);
  const perRound: number[][] = builds.map(() => []);
  for (const build of builds) await build.run(answers);
  for (let round = 0; round < rounds; round++) {
    // Each round starts from the next build.
    for (let k = 0; k < builds.length; k++) {
      const i = (k + round) % builds.length;
      perRound[i].push(await builds[i].run(answers));
    }
  }
  process.stdout.write(
    `${JSON.stringify({
      scenario: scenarioName,
      builds: dists,
      microsecondsPerResponse: perRound.map((r) => +median(r).toFixed(2)),
      leastPerResponse: perRound.map((r) => +Math.min(...r).toFixed(2)),
      differenceFromFirst: perRound.slice(1).map((r) => +median(r.map((v, j) => v - perRound[0][j])).toFixed(2)),
      answerBytes: builds[0].answer.length,
      differingAnswers: differing,
    })}\n`,
  );
  for (const build of builds) await build.close();
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => setTimeout(() => process.exit(), 100).unref());
