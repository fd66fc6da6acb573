import { ingestArticle } from '../../src/ingest/pipeline';
import { useTempSqlite } from '../helpers/temp-sqlite';

describe('ingestion links quote sources', () => {
  const db = useTempSqlite('newsgraph-sources-');

  it('stores an organization source as the linked organization, a person source as the speaker, with kind and cue', async () => {
    const text = [
      'Talks in Geneva',
      '',
      'Secretary of State John Kerry met Russian Foreign Minister Sergey Lavrov in Geneva on Sunday.',
      '',
      '"It is over," Kerry said.',
      '',
      'The Russian Foreign Ministry said in a statement: "We deny it."',
    ].join('\n');
    const result = await ingestArticle({ text }, { store: db.store, entities: db.entities });
    const [quotes] = await db.store.quotesByArticle([result.articleId]);
    const [kerry] = (await db.entities.lookup([{ type: 'person', name: 'John Kerry' }]))[0];
    const [ministry] = (await db.entities.lookup([{ type: 'organization', name: 'Russian Foreign Ministry' }]))[0];
    expect(quotes.map((q) => [q.kind, q.text, q.cue, q.speakerId, q.speakerName, q.sourceOrganizationId])).toEqual([
      ['direct', 'It is over,', 'said', kerry.id, 'John Kerry', null],
      ['direct', 'We deny it.', 'said', null, 'Russian Foreign Ministry', ministry.id],
    ]);
    // The organization is one the article mentions: the same entity its mentions link to.
    const [mentions] = await db.store.mentionsByArticle([result.articleId]);
    expect(mentions.some((m) => m.entityType === 'organization' && m.entityId === ministry.id)).toBe(true);
  });
});
