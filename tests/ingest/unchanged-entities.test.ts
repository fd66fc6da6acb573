import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EntityService } from '../../src/entities/entity-service';
import { ingestArticle } from '../../src/ingest/pipeline';
import { useTempSqlite } from '../helpers/temp-sqlite';

const sample = readFileSync(join(__dirname, '..', '..', 'src', 'sample', 'kerry-lavrov-paris.txt'), 'utf8');

/** The entity service, with its upsert calls counted. */
function countingUpserts(service: EntityService): { service: EntityService; upserts: number[] } {
  const upserts: number[] = [];
  const proxy = new Proxy(service, {
    get(target, prop, receiver) {
      if (prop !== 'upsert') return Reflect.get(target, prop, receiver) as unknown;
      return (entities: Parameters<EntityService['upsert']>[0]) => {
        upserts.push(entities.length);
        return target.upsert(entities);
      };
    },
  });
  return { service: proxy, upserts };
}

describe('entity linking of entities stored already', () => {
  const t = useTempSqlite('newsgraph-unchanged-entities-');

  it('sends no upsert for entities that the article tells nothing new about, and links them to the same ids', async () => {
    const first = await ingestArticle({ text: sample, url: 'https://example.test/first' }, { store: t.store, entities: t.entities });
    const [before] = await t.store.mentionsByArticle([first.articleId]);
    const ids = [...new Set(before.map((m) => m.entityId))];
    const records = await t.entities.getByIds(ids);
    const total = (await t.entities.list({ type: 'person', limit: 0 })).totalCount + (await t.entities.list({ type: 'organization', limit: 0 })).totalCount;

    // The same story under another url: a new article naming the same people and organizations, all stored with everything it says.
    const { service, upserts } = countingUpserts(t.entities);
    const copy = await ingestArticle({ text: sample, url: 'https://example.test/copy' }, { store: t.store, entities: service });
    expect(copy.outcome).toBe('created');
    expect(upserts).toEqual([]);
    const [after] = await t.store.mentionsByArticle([copy.articleId]);
    expect(after.map((m) => [m.text, m.entityId])).toEqual(before.map((m) => [m.text, m.entityId]));
    expect(await t.entities.getByIds(ids)).toEqual(records);
    expect((await t.entities.list({ type: 'person', limit: 0 })).totalCount + (await t.entities.list({ type: 'organization', limit: 0 })).totalCount).toBe(total);
  });

  it('still sends the upsert of a stored entity the article gives a fuller name', async () => {
    const deps = { store: t.store, entities: t.entities };
    const first = await ingestArticle({ text: 'Plant to close\n\nThe plant will close in May, Mr. Ferrante said on Monday. He gave no reason.', url: 'https://example.com/a' }, deps);
    const [mentions] = await t.store.mentionsByArticle([first.articleId]);
    const id = mentions.find((m) => m.entityType === 'person')!.entityId;
    const { service, upserts } = countingUpserts(t.entities);
    await ingestArticle({ text: 'Plant closes\n\nThe plant closed on Friday, analyst Tom Ferrante of Wedbush said.', url: 'https://example.com/b' }, { ...deps, entities: service });
    expect(upserts.length).toBeGreaterThan(0);
    const [after] = await t.entities.getByIds([id]);
    expect(after).toMatchObject({ name: 'Tom Ferrante' });
    expect(after!.aliases).toContain('Ferrante');
  });
});
