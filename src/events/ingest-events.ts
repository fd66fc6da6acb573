import type { ArticleStore } from '../store/article-store';
import type { ArticleDraft } from '../records/article-records';
import type { NewsEvent } from './news-events';

export interface SavedIngest {
  articleId: number;
  outcome: 'created' | 'updated';
  draft: ArticleDraft;
  /** Existing entities the article gave another name or a title. */
  changedEntities: readonly number[];
}

/**
 * The events of one committed ingest: the article, each of its quotes (read back
 * for their ids; an updated article announces its quotes again, as they were
 * stored anew) and each existing entity that gained a name.
 */
export async function ingestEvents(store: ArticleStore, saved: SavedIngest): Promise<NewsEvent[]> {
  const mentions = [...new Set(saved.draft.mentions.map((m) => m.entityId))];
  const [quotes] = await store.quotesByArticle([saved.articleId]);
  const events: NewsEvent[] = [{ type: 'articleIngested', articleId: saved.articleId, section: saved.draft.section, mentions, outcome: saved.outcome }];
  for (const quote of quotes ?? []) {
    events.push({ type: 'quoteAdded', quoteId: quote.id, articleId: saved.articleId, speakerId: quote.speakerId, kind: quote.kind, mentions });
  }
  for (const entityId of new Set(saved.changedEntities)) events.push({ type: 'entityChanged', entityId, change: 'ALIAS_ADDED' });
  return events;
}
