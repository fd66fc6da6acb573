import type { ArticleStore } from '../store/article-store';
import type { NewsEvents } from './news-events';

/**
 * The store, with an editor's correction of a quote's speaker announced after it
 * committed: `entityChanged` (CORRECTED) for the person who lost the quote and the
 * one who gained it. Every other method is the store's own.
 */
export function withCorrectionEvents(store: ArticleStore, events: NewsEvents): ArticleStore {
  const setQuoteSpeaker: ArticleStore['setQuoteSpeaker'] = async (quoteId, speaker, editor) => {
    const [before] = await store.getQuotes([quoteId]);
    const updated = await store.setQuoteSpeaker(quoteId, speaker, editor);
    if (updated === null) return null;
    const touched = new Set([before?.speakerId ?? null, updated.speakerId].filter((id): id is number => id !== null));
    await events.publish([...touched].map((entityId) => ({ type: 'entityChanged' as const, entityId, change: 'CORRECTED' as const })));
    return updated;
  };
  // Each method bound once, not on every call (reads go through here on every request).
  const bound = new Map<PropertyKey, unknown>([['setQuoteSpeaker', setQuoteSpeaker]]);
  return new Proxy(store, {
    get(target, property) {
      const known = bound.get(property);
      if (known !== undefined) return known;
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== 'function') return value;
      const method = (value as (...args: unknown[]) => unknown).bind(target);
      bound.set(property, method);
      return method;
    },
  });
}
