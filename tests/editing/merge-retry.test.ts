import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EntityService } from '../../src/entities/entity-service';
import { SqliteEntityService } from '../../src/entities/sqlite-entity-service';
import { mergeEntities } from '../../src/editing/merge-entities';
import { UpstreamError } from '../../src/errors';
import { InProcessNewsEvents, type NewsEvent } from '../../src/events/news-events';
import { ingestArticle } from '../../src/ingest/pipeline';
import { SqliteArticleStore } from '../../src/store/sqlite-article-store';

/**
 * A merge whose entity service fails after the article store moved the references: nothing is
 * lost (every article still names someone who exists, with the same counts), nothing is
 * announced, and the same merge run again completes it.
 */
describe('a merge interrupted between the two stores', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-merge-retry-'));
  const store = SqliteArticleStore.open(join(dir, 'news.db'));
  const inner = SqliteEntityService.open(join(dir, 'entities.db'));
  let failNextMerge = true;
  // The real service, except that its next merge fails as an outage would.
  const entities: EntityService = Object.assign(Object.create(inner) as EntityService, {
    merge: (request: Parameters<EntityService['merge']>[0]) => {
      if (!failNextMerge) return inner.merge(request);
      failNextMerge = false;
      return Promise.reject(new UpstreamError('entity service', 'connection reset'));
    },
  });
  const events = new InProcessNewsEvents();
  const heard: NewsEvent[] = [];

  afterAll(async () => {
    await store.close();
    await inner.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('loses nothing when the entity service fails, and completes on a retry', async () => {
    const listener = events.listen(() => true, { queueLimit: 10, onOverflow: () => undefined });
    void (async () => {
      for await (const event of listener) heard.push(event);
    })();
    await ingestArticle({ text: 'Harbour reopens\n\nKIEL — Jonas Brenner opened the harbour on Monday.\n\n"It is a good day," Brenner said.\n' }, { store, entities });
    await ingestArticle({ text: 'Ferries return\n\nKIEL — Jonas Brener welcomed the first ferry on Tuesday.\n\n"We waited long enough," Brener said.\n' }, { store, entities });
    const [[kept], [duplicate]] = await inner.lookup([{ type: 'person', name: 'Jonas Brenner' }, { type: 'person', name: 'Jonas Brener' }]);
    expect(kept.id).not.toBe(duplicate.id);

    await expect(mergeEntities({ store, entities, events }, { type: 'person', into: kept.id, from: [duplicate.id] })).rejects.toBeInstanceOf(UpstreamError);
    // The quotes are the survivor's already; the duplicate still exists, unmerged; nothing was announced.
    const [quotes] = await store.quotesBySpeaker([{ speakerId: kept.id, page: { limit: 10 }, kinds: ['direct'] }]);
    expect(quotes.totalCount).toBe(2);
    expect((await inner.getByIds([duplicate.id]))[0]).toMatchObject({ id: duplicate.id, name: 'Jonas Brener' });
    expect(heard).toEqual([]);

    const survivor = await mergeEntities({ store, entities, events }, { type: 'person', into: kept.id, from: [duplicate.id] });
    expect(survivor).toMatchObject({ id: kept.id, aliases: expect.arrayContaining(['Jonas Brener']) });
    expect((await inner.getByIds([duplicate.id]))[0]?.id).toBe(kept.id);
    const [after] = await store.quotesBySpeaker([{ speakerId: kept.id, page: { limit: 10 }, kinds: ['direct'] }]);
    expect(after.totalCount).toBe(2);
    await new Promise((resolve) => setImmediate(resolve));
    expect(heard).toEqual([
      { type: 'entityChanged', entityId: kept.id, change: 'MERGED' },
      { type: 'entityChanged', entityId: duplicate.id, change: 'MERGED' },
    ]);
    await listener.return?.();
  });
});
