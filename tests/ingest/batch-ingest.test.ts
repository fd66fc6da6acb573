import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEntityService } from '../../src/entities/sqlite-entity-service';
import { BATCH_ARTICLES, BATCH_TEXT, batchesOf, ingestArticles, type BatchIngestResult } from '../../src/ingest/batch-ingest';
import { ingestArticle } from '../../src/ingest/pipeline';
import type { ArticleStore } from '../../src/store/article-store';
import { SqliteArticleStore } from '../../src/store/sqlite-article-store';
import { useTempSqlite } from '../helpers/temp-sqlite';

/** A short article of our own: a council story numbered `n` with one direct quote and one reported statement. */
function council(n: number): string {
  return `Local

Council backs plan ${n} for the old mill

BRAMLEY — Ruth Adebayo, the council's deputy leader, said on Monday that the mill site would house ${n} new flats.

"This is the best use of the land we have had in years," said Adebayo, who chairs the planning committee.

Opposition leader Tomas Varga told the meeting the plan lacked parking.
`;
}

const outcomes = (results: BatchIngestResult[]): string[] => results.map((r) => (r.ok ? r.result.outcome : `error: ${r.error.message}`));

/** What a reader sees of an article: headline, quotes (kind, words, speaker's name) and the names of the people it mentions. */
async function readBack(store: ArticleStore, id: number, names: Map<number, string>): Promise<unknown> {
  const [article] = await store.getArticles([id]);
  const [quotes] = await store.quotesByArticle([id]);
  const [mentions] = await store.mentionsByArticle([id]);
  return {
    headline: article?.headline,
    quotes: quotes.map((q) => [q.kind, q.text, q.speakerName]),
    people: [...new Set(mentions.filter((m) => m.entityType === 'person').map((m) => names.get(m.entityId)))],
  };
}

async function entityNames(entities: SqliteEntityService, ids: number[]): Promise<Map<number, string>> {
  const records = await entities.getByIds(ids);
  return new Map(records.flatMap((r) => (r === null ? [] : [[r.id, r.name] as [number, string]])));
}

describe('ingestArticles (bulk ingest, one store transaction a batch)', () => {
  const t = useTempSqlite('newsgraph-batch-ingest-');

  it('stores each article as ingestArticle does, and a bad one in the middle leaves the rest stored', async () => {
    const inputs = [
      { text: council(1), url: 'https://bramley.example/1' },
      { text: '   ', url: 'https://bramley.example/empty' },
      { text: council(2), url: 'https://bramley.example/2' },
      { text: council(3), url: 'https://bramley.example/3', publishedAt: 'not a date' },
      { text: council(4), url: 'https://bramley.example/4' },
    ];
    const results = await ingestArticles(inputs, { store: t.store, entities: t.entities });
    expect(outcomes(results).map((o) => o.replace(/^error: .*/, 'error'))).toEqual(['created', 'error', 'created', 'error', 'created']);
    expect(results[1].ok ? null : results[1].error.message).toMatch(/empty/);
    expect(await t.store.countArticles()).toBe(3);

    // The same three articles ingested one at a time into other stores read back the same.
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-batch-ingest-single-'));
    const store = SqliteArticleStore.open(join(dir, 'news.db'));
    const entities = SqliteEntityService.open(join(dir, 'entities.db'));
    try {
      for (const k of [0, 2, 4]) {
        const single = await ingestArticle(inputs[k], { store, entities });
        const batched = results[k];
        if (!batched.ok) throw batched.error;
        expect({ ...batched.result, articleId: 0 }).toEqual({ ...single, articleId: 0 });
        const [mentions] = await store.mentionsByArticle([single.articleId]);
        const ids = mentions.map((m) => m.entityId);
        const seenSingle = await readBack(store, single.articleId, await entityNames(entities, ids));
        const [batchMentions] = await t.store.mentionsByArticle([batched.result.articleId]);
        const seenBatch = await readBack(t.store, batched.result.articleId, await entityNames(t.entities, batchMentions.map((m) => m.entityId)));
        expect(seenBatch).toEqual(seenSingle);
        expect(seenBatch).toMatchObject({ people: expect.arrayContaining(['Ruth Adebayo', 'Tomas Varga']) });
      }
    } finally {
      await store.close();
      await entities.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads the same url twice in one batch as a new version, then as unchanged', async () => {
    const url = 'https://bramley.example/mill';
    const results = await ingestArticles(
      [
        { text: council(5), url },
        { text: council(6), url },
        { text: council(6), url },
      ],
      { store: t.store, entities: t.entities },
    );
    expect(outcomes(results)).toEqual(['created', 'updated', 'unchanged']);
    expect(await t.store.countArticles()).toBe(1);
    const [article] = await t.store.getArticles([results[0].ok ? results[0].result.articleId : -1]);
    expect(article?.headline).toBe('Council backs plan 6 for the old mill');
  });
});

describe('batchesOf', () => {
  it('closes a batch at the article limit, keeping order', () => {
    const items = Array.from({ length: 2 * BATCH_ARTICLES + 3 }, (_, i) => i);
    const batches = batchesOf(items, () => 1);
    expect(batches.map((b) => b.length)).toEqual([BATCH_ARTICLES, BATCH_ARTICLES, 3]);
    expect(batches.flat()).toEqual(items);
    // Exactly the limit is one batch, not two.
    expect(batchesOf(items.slice(0, BATCH_ARTICLES), () => 1)).toHaveLength(1);
  });

  it('closes a batch before the text limit, and takes an article larger than the limit alone', () => {
    const third = Math.floor(BATCH_TEXT / 3);
    const sizes = [third, third, third, third + 1, 2 * BATCH_TEXT, 10];
    expect(batchesOf(sizes, (n) => n)).toEqual([[third, third, third], [third + 1], [2 * BATCH_TEXT], [10]]);
  });
});
