import type { EntityService } from '../../src/entities/entity-service';
import { createLoaders, idOf } from '../../src/loaders/loaders';
import { mentionedIds, quotedIds } from '../../src/loaders/related-ids';
import type { MentionRecord, QuoteRecord } from '../../src/records/article-records';
import type { ArticleStore } from '../../src/store/article-store';

const quote = (id: number, articleId: number, speakerId: number | null, sourceOrganizationId: number | null = null): QuoteRecord => ({
  id,
  articleId,
  position: id,
  kind: 'direct',
  text: `quote ${id}`,
  cue: null,
  speakerId,
  speakerName: null,
  paragraph: 0,
  start: 0,
  end: 1,
  partial: false,
  sourceOrganizationId,
  attribution: null,
});

const mention = (entityId: number, entityType: 'person' | 'organization'): MentionRecord => ({ entityId, entityType }) as MentionRecord;

/** A store that answers quote lists and single quotes from `lists`, counting its calls. */
function storeOf(lists: Map<number, QuoteRecord[]>): { store: ArticleStore; calls: string[] } {
  const calls: string[] = [];
  const store = {
    quotesByArticle: (ids: readonly number[]) => {
      calls.push(`quotesByArticle ${ids.join(',')}`);
      return Promise.resolve(ids.map((id) => lists.get(id) ?? []));
    },
    getQuotes: (ids: readonly number[]) => {
      calls.push(`getQuotes ${ids.join(',')}`);
      return Promise.resolve(ids.map((id) => ({ ...quote(id, 0, null), text: 'from the store' })));
    },
  } as unknown as ArticleStore;
  return { store, calls };
}

describe('request loaders: lists primed when their loader is used', () => {
  const entities = {} as EntityService;

  it('answers quotes of loaded lists without asking the store, as eager priming did', async () => {
    const { store, calls } = storeOf(new Map([[1, [quote(10, 1, 5), quote(11, 1, null)]], [2, [quote(20, 2, 6)]]]));
    const loaders = createLoaders(store, entities, { entityBatchSize: 100 });
    await loaders.quotesByArticle.loadMany([1, 2]);
    const [a, b] = await Promise.all([loaders.quote.load(20), loaders.quote.load(11)]);
    expect([a?.text, b?.text]).toEqual(['quote 20', 'quote 11']);
    expect(await loaders.quote.load(99)).toMatchObject({ id: 99, text: 'from the store' });
    expect(calls).toEqual(['quotesByArticle 1,2', 'getQuotes 99']);
  });

  it('keeps what the loader already knows: the first value primed or loaded for a key stays', async () => {
    const { store, calls } = storeOf(new Map([[1, [quote(10, 1, 5)]]]));
    const loaders = createLoaders(store, entities, { entityBatchSize: 100 });
    const first = quote(10, 1, 7);
    loaders.quote.primeEach([first], idOf);
    await loaders.quotesByArticle.load(1);
    expect(await loaders.quote.load(10)).toBe(first);
    // Once used, lists are primed at once, still without replacing a known value.
    await loaders.quote.load(30);
    const later = quote(30, 1, 8);
    loaders.quote.primeEach([later, quote(31, 1, 9)], idOf);
    expect((await loaders.quote.load(30))?.text).toBe('from the store');
    expect((await loaders.quote.load(31))?.speakerId).toBe(9);
    expect(calls).toEqual(['quotesByArticle 1', 'getQuotes 30']);
  });

  it('clears a key of a waiting list, and drops waiting lists on clearAll', async () => {
    const { store, calls } = storeOf(new Map());
    const loaders = createLoaders(store, entities, { entityBatchSize: 100 });
    loaders.quote.primeEach([quote(1, 1, null), quote(2, 1, null)], idOf);
    loaders.quote.clear(1);
    expect((await loaders.quote.load(1))?.text).toBe('from the store');
    expect((await loaders.quote.load(2))?.text).toBe('quote 2');
    loaders.quote.clearAll();
    loaders.quote.primeEach([quote(3, 1, null)], idOf);
    loaders.quote.clearAll();
    expect((await loaders.quote.load(3))?.text).toBe('from the store');
    expect(calls).toEqual(['getQuotes 1', 'getQuotes 3']);
  });
});

describe('related ids of a list, kept per list', () => {
  it('gives distinct mentioned ids in order of first mention, per type and together', () => {
    const list = [mention(3, 'person'), mention(8, 'organization'), mention(1, 'person'), mention(3, 'person'), mention(8, 'organization'), mention(2, 'organization')];
    const ids = mentionedIds(list);
    expect(ids).toEqual({ person: [3, 1], organization: [8, 2], all: [3, 8, 1, 2] });
    expect(mentionedIds(list)).toBe(ids);
  });

  it('gives quote speakers, and sources (the speaker, else the source organization), in reading order', () => {
    const list = [quote(1, 1, 5), quote(2, 1, null, 40), quote(3, 1, null), quote(4, 1, 6, 41), quote(5, 1, 5)];
    const ids = quotedIds(list);
    expect(ids).toEqual({ speakers: [5, 6, 5], sources: [5, 40, 6, 5] });
    expect(quotedIds(list)).toBe(ids);
  });
});
