import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import type { Services } from '../../src/context/request-context';
import { WalIndexHeader } from '../../src/db/wal-index-header';
import { SqliteEntityService } from '../../src/entities/sqlite-entity-service';
import type { ArticleDraft } from '../../src/records/article-records';
import { createGateway, type Gateway } from '../../src/server/gateway';
import { SqliteArticleStore } from '../../src/store/sqlite-article-store';

/*
 * Known requests that arrive in one turn of the event loop are answered by the lane in one
 * synchronous run: whether another process committed (one read of each database's wal-index
 * header) is asked once for all of them, not once per request, and after all of them arrived:
 * a commit made by another connection before they were sent is in every answer.
 */
const SEARCH = 'query Search($text: String!) { search(query: $text, first: 10) { __typename ... on Article { id headline } ... on Person { id name } ... on Quote { id text } } }';

function draft(n: number, headline: string): ArticleDraft {
  const quote = 'The ferry timetable will change';
  return {
    slug: `turn-${n}`,
    url: `https://news.example/turn/${n}`,
    headline,
    section: 'World',
    dateline: 'OSLO',
    byline: null,
    publishedAt: new Date(Date.UTC(2023, 5, n)).toISOString(),
    paragraphs: [`${headline}.`, `${quote}, the mayor said.`],
    images: [],
    contentHash: `turn-${n}`,
    mentions: [],
    quotes: [{ text: quote, speakerId: null, speakerName: null, paragraph: 1, start: 0, end: quote.length, partial: false, attribution: null, kind: 'direct' }],
  };
}

/** Sends `count` copies of one POST in a single write (HTTP/1.1 pipelining) and resolves with the response bodies, in order. */
function pipelined(url: string, body: string, count: number): Promise<string[]> {
  const { hostname, port, pathname } = new URL(url);
  const request = `POST ${pathname} HTTP/1.1\r\nHost: ${hostname}:${port}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    let received = Buffer.alloc(0);
    const bodies: string[] = [];
    socket.on('error', reject);
    socket.on('data', (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      for (;;) {
        const end = received.indexOf('\r\n\r\n');
        if (end === -1) return;
        const head = received.subarray(0, end).toString('latin1');
        const length = Number(/content-length: (\d+)/i.exec(head)?.[1] ?? NaN);
        if (!Number.isFinite(length) || received.length < end + 4 + length) return;
        bodies.push(received.subarray(end + 4, end + 4 + length).toString('utf8'));
        received = received.subarray(end + 4 + length);
        if (bodies.length === count) {
          socket.end();
          resolve(bodies);
          return;
        }
      }
    });
    socket.write(request.repeat(count));
  });
}

describe('the lane answers the known requests of one event-loop turn together', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-lane-turn-'));
  let store: SqliteArticleStore;
  let otherStore: SqliteArticleStore;
  let entities: SqliteEntityService;
  let gateway: Gateway;
  let url: string;
  const body = JSON.stringify({ query: SEARCH, variables: { text: 'ferry' }, operationName: 'Search' });

  beforeAll(async () => {
    store = SqliteArticleStore.open(join(dir, 'news.db'));
    // Another connection to the same file: another replica, or an ingest process.
    otherStore = SqliteArticleStore.open(join(dir, 'news.db'));
    entities = SqliteEntityService.open(join(dir, 'entities.db'));
    await store.saveArticle(draft(1, 'Ferry timetable changes'));
    await entities.upsert([{ type: 'person', name: 'Signe Ferry' }]);
    const services: Services = { store, entities, ingest: () => Promise.reject(new Error('read-only')) };
    gateway = await createGateway({ services, logger: pino({ level: 'silent' }) });
    url = await gateway.listen(0, '127.0.0.1');
    // Apollo answers first; the lane learns the request from its answer.
    await pipelined(url, body, 1);
    await pipelined(url, body, 1);
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await gateway.stop();
    await store.close();
    await otherStore.close();
    await entities.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('eight pipelined searches: the same answers, the lane answers all, each database checked once', async () => {
    const answered = gateway.fastLane?.stats().answered ?? 0;
    const [expected] = await pipelined(url, body, 1);
    expect(gateway.fastLane?.stats().answered).toBe(answered + 1);
    const headerReads = jest.spyOn(WalIndexHeader.prototype, 'changed');
    const bodies = await pipelined(url, body, 8);
    // The article store's file and the entity service's file: one read each for the eight.
    expect(headerReads).toHaveBeenCalledTimes(2);
    headerReads.mockRestore();
    expect(bodies).toEqual(Array(8).fill(expected));
    expect(gateway.fastLane?.stats().answered).toBe(answered + 9);
  });

  test('a commit by another connection before the requests were sent is in every answer', async () => {
    const [before] = await pipelined(url, body, 1);
    expect(before).not.toContain('Ferry crews return');
    await otherStore.saveArticle(draft(2, 'Ferry crews return'));
    const bodies = await pipelined(url, body, 4);
    for (const answer of bodies) expect(answer).toContain('Ferry crews return');
  });

  test('an answer beyond ASCII is sent whole: its Content-Length counts UTF-8 bytes, from Apollo and from the lane', async () => {
    const headline = 'Ferry to Tromsø — “Nordlys” cafés reopen';
    await otherStore.saveArticle(draft(3, headline));
    const asked = JSON.stringify({ query: SEARCH, variables: { text: 'Ferry' }, operationName: 'Search' });
    // Apollo answers a new key (twice: the lane learns it from its answer), then the lane does.
    const [fromApollo] = await pipelined(url, asked, 1);
    await pipelined(url, asked, 1);
    const answered = gateway.fastLane?.stats().answered ?? 0;
    // Pipelined: a length counting characters rather than bytes would cut this answer and misread the next.
    const fromLane = await pipelined(url, asked, 3);
    expect(gateway.fastLane?.stats().answered).toBe(answered + 3);
    const headlines = (JSON.parse(fromApollo) as { data: { search: { headline?: string }[] } }).data.search.map((hit) => hit.headline);
    expect(headlines).toContain(headline);
    expect(fromLane).toEqual([fromApollo, fromApollo, fromApollo]);
  });
});
