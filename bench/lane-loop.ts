import 'reflect-metadata';
import { existsSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import pino from 'pino';
import type { Services } from '../src/context/request-context';
import { SqliteEntityService } from '../src/entities/sqlite-entity-service';
import { createGateway } from '../src/server/gateway';
import { SqliteArticleStore } from '../src/store/sqlite-article-store';
import { generateCorpus } from './corpus';
import { FRONT_PAGE, FRONT_PAGE_ALL_KINDS } from './scenarios';

/*
 * CPU per answer of the known-operation lane for the two front pages, alternated, in one
 * process (no HTTP on the measured path): `node dist/bench/lane-loop.js DIR [answers] [pairs]`.
 * DIR holds news.db and entities.db (a 2,000-article corpus, seed 42, is written there when
 * absent). CONCURRENCY (1) answers are kept in flight at a time; DUMP=PREFIX writes the two
 * answers to PREFIX.0.json and PREFIX.1.json (to compare builds byte for byte). Prints the
 * medians over the pairs as JSON.
 */

function post(url: string, body: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', headers: { 'content-type': 'application/json' } }, (res) => {
      res.resume();
      res.on('end', resolve);
    });
    req.on('error', reject);
    req.end(body);
  });
}

const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main(): Promise<void> {
  const [dir, answersArg, pairsArg] = process.argv.slice(2);
  if (dir === undefined) throw new Error('usage: lane-loop.js DIR [answers] [pairs]');
  const answers = Number(answersArg ?? 300);
  const pairs = Number(pairsArg ?? 7);
  const concurrency = Number(process.env.CONCURRENCY ?? 1);
  const fresh = !existsSync(join(dir, 'news.db'));
  const store = SqliteArticleStore.open(join(dir, 'news.db'));
  const entities = SqliteEntityService.open(join(dir, 'entities.db'));
  if (fresh) await generateCorpus(store, entities, { seed: 42, articles: 2000 });
  const services: Services = { store, entities, ingest: () => Promise.reject(new Error('read-only')) };
  const gateway = await createGateway({ services, logger: pino({ level: 'silent' }) });
  const lane = gateway.fastLane;
  if (lane === null) throw new Error('the lane is closed');
  const url = await gateway.listen(0, '127.0.0.1');
  const keys: string[] = [];
  const texts: string[] = [];
  for (const [operationName, query] of [['FrontPage', FRONT_PAGE], ['FrontPageAllKinds', FRONT_PAGE_ALL_KINDS]]) {
    const body = JSON.stringify({ query, operationName, variables: {} });
    // Apollo answers twice (the lane learns a key from Apollo's answer), then the lane does.
    for (let i = 0; i < 2; i++) await post(url, body);
    const key = lane.keyOf({ 'content-type': 'application/json' }, body);
    const answer = key === null ? null : await lane.answer(key, { context: () => gateway.contextFor() }, performance.now());
    if (key === null || answer === null || answer.body.kind !== 'complete') throw new Error(`the lane does not answer ${operationName}`);
    keys.push(key);
    texts.push(answer.body.string);
  }
  if (process.env.DUMP) texts.forEach((text, i) => writeFileSync(`${process.env.DUMP}.${i}.json`, text));
  const measure = async (key: string): Promise<number> => {
    const before = process.cpuUsage();
    for (let i = 0; i < answers; i += concurrency) {
      const inFlight: unknown[] = [];
      for (let j = 0; j < concurrency; j++) inFlight.push(lane.answer(key, { context: () => gateway.contextFor() }, performance.now()));
      await Promise.all(inFlight);
    }
    const used = process.cpuUsage(before);
    return (used.user + used.system) / 1000 / answers;
  };
  await measure(keys[0]);
  await measure(keys[1]);
  const frontPage: number[] = [];
  const allKinds: number[] = [];
  for (let p = 0; p < pairs; p++) {
    frontPage.push(await measure(keys[0]));
    allKinds.push(await measure(keys[1]));
  }
  const [a, b] = [median(frontPage), median(allKinds)];
  process.stdout.write(`${JSON.stringify({ frontPageMs: +a.toFixed(4), allKindsMs: +b.toFixed(4), ratio: +(b / a).toFixed(3), bytes: texts.map((t) => t.length) })}\n`);
  await gateway.stop();
  await store.close();
  await entities.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
