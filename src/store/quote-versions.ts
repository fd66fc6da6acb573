import type { QuoteRecord } from '../records/article-records';
import { quoteRow } from './row-mapping';

/** A quote of the stored version of an article, as saving a new version needs it. */
export interface StoredQuote {
  id: number;
  text: string;
  speaker_id: number | null;
  speaker_name: string | null;
  method: string | null;
  confidence: number | null;
  /** 1 (or true) when an editor corrected its speaker. */
  corrected: number | boolean;
}

type DraftQuote = Omit<QuoteRecord, 'id' | 'articleId' | 'position'>;

export interface QuoteVersions {
  /** The new version's quotes in reading order, each with the id it keeps (null: a new quote). */
  quotes: (DraftQuote & { id: number | null })[];
  /** Ids of stored quotes the new version no longer has. */
  dropped: number[];
}

/**
 * Matches the quotes of a new version of an article to the stored ones by
 * their words, not their place: a quote still in the article keeps its id
 * (the n-th occurrence of the same words keeps the n-th stored id) wherever
 * it moved. A kept quote an editor corrected keeps the corrected speaker,
 * whatever extraction found this time.
 */
export function matchQuoteVersions(stored: readonly StoredQuote[], drafts: readonly DraftQuote[]): QuoteVersions {
  const byText = new Map<string, StoredQuote[]>();
  for (const quote of stored) {
    const list = byText.get(quote.text);
    if (list) list.push(quote);
    else byText.set(quote.text, [quote]);
  }
  const kept = new Set<number>();
  const quotes = drafts.map((draft) => {
    const previous = byText.get(draft.text)?.shift();
    if (!previous) return { ...draft, id: null };
    kept.add(previous.id);
    if (!previous.corrected) return { ...draft, id: previous.id };
    return {
      ...draft,
      id: previous.id,
      speakerId: previous.speaker_id,
      speakerName: previous.speaker_name,
      attribution:
        previous.method === null || previous.confidence === null ? null : { method: previous.method, confidence: previous.confidence },
    };
  });
  return { quotes, dropped: stored.filter((q) => !kept.has(q.id)).map((q) => q.id) };
}

/** The columns StoredQuote reads, for `FROM quotes q` (a quote is corrected when it has a correction). */
export const STORED_QUOTE_COLUMNS =
  'q.id, q.text, q.speaker_id, q.speaker_name, q.method, q.confidence, EXISTS (SELECT 1 FROM quote_corrections c WHERE c.quote_id = q.id) AS corrected';

/** The quotes' rows (quoteRow) with each one's kept id (null for a new quote), for the statement that rewrites an article's quotes. */
export function versionedQuotesJson(quotes: QuoteVersions['quotes']): string {
  return JSON.stringify(quotes.map((q, position) => ({ ...quoteRow(q, position), id: q.id })));
}
