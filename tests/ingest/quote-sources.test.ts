import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEntityService } from '../../src/entities/sqlite-entity-service';
import { ingestArticle } from '../../src/ingest/pipeline';
import { SqliteArticleStore } from '../../src/store/sqlite-article-store';

describe('ingestion links quote sources', () => {
  let dir: string;
  let store: SqliteArticleStore;
  let entities: SqliteEntityService;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'newsgraph-sources-'));
    store = SqliteArticleStore.open(join(dir, 'news.db'));
    entities = SqliteEntityService.open(join(dir, 'entities.db'));
  });
  afterEach(async () => {
    await store.close();
    await entities.close();
    rmSync(dir, { recursive: true, force: true });
  });

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
    const result = await ingestArticle({ text }, { store, entities });
    const [quotes] = await store.quotesByArticle([result.articleId]);
    const [kerry] = (await entities.lookup([{ type: 'person', name: 'John Kerry' }]))[0];
    const [ministry] = (await entities.lookup([{ type: 'organization', name: 'Russian Foreign Ministry' }]))[0];
    expect(quotes.map((q) => [q.kind, q.text, q.cue, q.speakerId, q.speakerName, q.sourceOrganizationId])).toEqual([
      ['direct', 'It is over,', 'said', kerry.id, 'John Kerry', null],
      ['direct', 'We deny it.', 'said', null, 'Russian Foreign Ministry', ministry.id],
    ]);
    // The organization is one the article mentions: the same entity its mentions link to.
    const [mentions] = await store.mentionsByArticle([result.articleId]);
    expect(mentions.some((m) => m.entityType === 'organization' && m.entityId === ministry.id)).toBe(true);
  });
});
