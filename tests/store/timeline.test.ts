import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { InvalidInputError } from '../../src/errors';
import type { ArticleStore } from '../../src/store/article-store';
import { PostgresArticleStore } from '../../src/store/postgres-article-store';
import type { ArticleDraft, TimelineInterval } from '../../src/records/article-records';
import { SqliteArticleStore } from '../../src/store/sqlite-article-store';
import { TEST_DATABASE_URL } from '../helpers/test-services';

type Opened = ArticleStore & { statementCount: number };

function sqlite(): { open(): Promise<Opened>; cleanup(): Promise<void> } {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-timeline-'));
  return { open: async () => SqliteArticleStore.open(join(dir, 'news.db')), cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
}

function postgres(): { open(): Promise<Opened>; cleanup(): Promise<void> } {
  const schema = `ng_timeline_${process.pid}_${Date.now().toString(36)}`;
  return {
    open: () => PostgresArticleStore.open(TEST_DATABASE_URL, { schema }),
    cleanup: async () => {
      const client = new Client({ connectionString: TEST_DATABASE_URL });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await client.end();
    },
  };
}

let serial = 0;
function draft(publishedAt: string | null, entities: number[], speakers: number[]): ArticleDraft {
  serial++;
  return {
    slug: `timeline-${serial}`,
    url: `https://timeline.example/${serial}`,
    headline: `Timeline story ${serial}`,
    section: null,
    dateline: null,
    byline: null,
    publishedAt,
    paragraphs: ['Someone met someone.', '"Words," someone said.'],
    images: [],
    contentHash: `timeline-${serial}`,
    // Twice each: an article mentioning someone twice still counts once.
    mentions: entities.flatMap((entityId) => [0, 1].map(() => ({ entityId, entityType: 'person' as const, text: 'X', paragraph: 0, start: 0, end: 1, method: 'exact-name', confidence: 0.9 }))),
    quotes: speakers.map((speakerId, i) => ({ text: `Words ${i}`, speakerId, speakerName: null, paragraph: 1, start: 1, end: 6, partial: false, attribution: null })),
  };
}

const FROM = Date.parse('2024-01-29T00:00:00Z'); // a Monday
const TO = Date.parse('2024-03-01T00:00:00Z');

describe.each([sqlite, postgres])('timelines (%p)', (makeBackend) => {
  const backend = makeBackend();
  let store: Opened;

  beforeAll(async () => {
    store = await backend.open();
    await store.saveArticle(draft('2024-01-29T08:00:00Z', [1, 2], [1, 1])); // Mon, week 1, January
    await store.saveArticle(draft('2024-02-04T23:59:00Z', [1], [2])); // Sun, still week 1, February
    await store.saveArticle(draft('2024-02-05T00:00:00Z', [1], [1])); // Mon, week 2
    await store.saveArticle(draft('2024-02-29T12:00:00Z', [2], [])); // last day of February
    await store.saveArticle(draft('2024-03-01T00:00:00Z', [1], [1])); // outside the range (to is exclusive)
    await store.saveArticle(draft(null, [1], [1])); // undated: never counted
  });

  afterAll(async () => {
    await store?.close();
    await backend.cleanup();
  });

  const counts = async (kind: 'mentions' | 'quotes', entityId: number, interval: TimelineInterval) => {
    const [buckets] = await store.timelines([{ kind, entityId, interval, fromMs: FROM, toMs: TO }]);
    return buckets.filter((b) => b.count > 0).map((b) => `${b.start}:${b.count}`);
  };

  it('counts articles that mention, and quotes by, a person per day, week and month of publication', async () => {
    expect(await counts('mentions', 1, 'day')).toEqual(['2024-01-29:1', '2024-02-04:1', '2024-02-05:1']);
    expect(await counts('mentions', 1, 'week')).toEqual(['2024-01-29:2', '2024-02-05:1']);
    expect(await counts('mentions', 1, 'month')).toEqual(['2024-01-01:1', '2024-02-01:2']);
    expect(await counts('quotes', 1, 'week')).toEqual(['2024-01-29:2', '2024-02-05:1']);
    expect(await counts('quotes', 2, 'month')).toEqual(['2024-02-01:1']);
  });

  it('lists every period of the range, empty ones as 0', async () => {
    const [weeks] = await store.timelines([{ kind: 'mentions', entityId: 2, interval: 'week', fromMs: FROM, toMs: TO }]);
    expect(weeks.map((b) => b.start)).toEqual(['2024-01-29', '2024-02-05', '2024-02-12', '2024-02-19', '2024-02-26']);
    expect(weeks.map((b) => b.count)).toEqual([1, 0, 0, 0, 1]);
  });

  it('answers many people in one statement, and refuses a range of more than 1000 periods', async () => {
    const before = store.statementCount;
    const answers = await store.timelines([1, 2, 3].map((entityId) => ({ kind: 'mentions' as const, entityId, interval: 'month' as const, fromMs: FROM, toMs: TO })));
    expect(store.statementCount - before).toBe(1);
    expect(answers.map((a) => a.reduce((sum, b) => sum + b.count, 0))).toEqual([3, 2, 0]);
    await expect(store.timelines([{ kind: 'mentions', entityId: 1, interval: 'day', fromMs: 0, toMs: TO }])).rejects.toBeInstanceOf(InvalidInputError);
  });
});
