import type { MentionRecord, QuoteRecord } from '../records/article-records';

/** The distinct entity ids of an article's mentions, in order of first mention: of each type, and of both. */
export interface MentionedIds {
  person: readonly number[];
  organization: readonly number[];
  all: readonly number[];
}

/** The entity ids of a quote list, in reading order: its speakers, and its sources (the speaker, else the source organization). */
export interface QuotedIds {
  speakers: readonly number[];
  sources: readonly number[];
}

/*
 * Kept per list: the record caches hand every request the same (never changed) lists, so
 * an article's ids are worked out once, not on every request that loads its relations.
 * Lists read afresh (PostgreSQL) just miss.
 */
const mentionedByList = new WeakMap<readonly MentionRecord[], MentionedIds>();
const quotedByList = new WeakMap<readonly QuoteRecord[], QuotedIds>();

export function mentionedIds(mentions: readonly MentionRecord[]): MentionedIds {
  let ids = mentionedByList.get(mentions);
  if (ids === undefined) {
    const all = new Set<number>();
    const people = new Set<number>();
    const organizations = new Set<number>();
    for (const mention of mentions) {
      if (mention.entityType === 'person') people.add(mention.entityId);
      else if (mention.entityType === 'organization') organizations.add(mention.entityId);
      all.add(mention.entityId);
    }
    ids = { person: [...people], organization: [...organizations], all: [...all] };
    mentionedByList.set(mentions, ids);
  }
  return ids;
}

export function quotedIds(quotes: readonly QuoteRecord[]): QuotedIds {
  let ids = quotedByList.get(quotes);
  if (ids === undefined) {
    const speakers: number[] = [];
    const sources: number[] = [];
    for (const quote of quotes) {
      if (quote.speakerId !== null) {
        speakers.push(quote.speakerId);
        sources.push(quote.speakerId);
      } else if (quote.sourceOrganizationId !== null) {
        sources.push(quote.sourceOrganizationId);
      }
    }
    ids = { speakers, sources };
    quotedByList.set(quotes, ids);
  }
  return ids;
}
