import Database from 'better-sqlite3';
import type { EntityService } from '../../src/entities/entity-service';
import type { EntityCursor, EntityRecord, OrganizationRecord, PersonRecord } from '../../src/records/entity-records';
import { normalizeName } from '../../src/entities/normalize-name';
import type { ArticleStore } from '../../src/store/article-store';
import type { ArticleRecord, MentionRecord, QuoteRecord } from '../../src/records/article-records';
import { searchTerms } from '../../src/store/search-terms';

/**
 * The benchmark corpus held in plain memory, read once at start through the
 * store's and entity service's interfaces: what a server "with the data in
 * memory" answers from. No SQL and no I/O after loading.
 *
 * Full-text search follows the store's rules (every word must match, words
 * as FTS5's `porter unicode61 remove_diacritics 2` tokenizer splits and stems
 * them): at load time each distinct word of the corpus is stemmed once by an
 * in-memory FTS5 table, and an inverted index maps stems to articles and
 * quotes, newest first. A search word that never occurs in the corpus is
 * matched as written (it can only meet a stem spelled the same way).
 */
export interface MemoryCorpus {
  /** Every article, newest first (the store's order). */
  articles: ArticleRecord[];
  articleById: Map<number, ArticleRecord>;
  articleBySlug: Map<string, ArticleRecord>;
  mentionsOf: Map<number, MentionRecord[]>;
  /** Every quote of an article, all kinds, in reading order. */
  quotesOf: Map<number, QuoteRecord[]>;
  entityById: Map<number, EntityRecord>;
  /** A speaker's direct quotes, newest first (the store's order). */
  directQuotesBySpeaker: Map<number, QuoteRecord[]>;
  /** People and organizations by name, then id (the entity service's list order). */
  people: PersonRecord[];
  organizations: OrganizationRecord[];
  searchArticles(text: string, limit: number): ArticleRecord[];
  /** Direct quotes matching every word, newest first. */
  searchDirectQuotes(text: string, limit: number): QuoteRecord[];
  /** People or organizations whose normalized name or alias contains the normalized text (the entity service's search). */
  searchEntities<T extends EntityRecord>(list: readonly T[], text: string, limit: number): T[];
}

const PAGE = 1000;

async function allEntities(entities: EntityService, type: 'person' | 'organization'): Promise<EntityRecord[]> {
  const out: EntityRecord[] = [];
  let after: EntityCursor | null = null;
  for (;;) {
    const list = await entities.list({ type, search: null, limit: PAGE, after });
    out.push(...list.items);
    if (list.items.length < PAGE) return out;
    const last = list.items[list.items.length - 1];
    after = { name: last.name, id: last.id };
  }
}

/** unicode61 with remove_diacritics: runs of letters and digits, lower-cased, marks dropped. */
function tokens(text: string): string[] {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Each word's porter stem, as FTS5 computes it (one in-memory table, used at load time only). */
function stemsOf(words: readonly string[]): Map<string, string> {
  const db = new Database(':memory:');
  try {
    db.exec(`CREATE VIRTUAL TABLE w USING fts5 (word, tokenize = 'porter unicode61 remove_diacritics 2');
             CREATE VIRTUAL TABLE v USING fts5vocab (w, 'instance');`);
    const insert = db.prepare('INSERT INTO w (rowid, word) VALUES (?, ?)');
    db.transaction(() => words.forEach((word, i) => insert.run(i + 1, word)))();
    const stems = new Map<string, string>();
    for (const row of db.prepare('SELECT term, doc FROM v').all() as { term: string; doc: number }[]) stems.set(words[row.doc - 1], row.term);
    return stems;
  } finally {
    db.close();
  }
}

/** A term's items in list order, and the same as a set (built at load time, for intersections). */
interface Posting<T> {
  list: T[];
  set: Set<T>;
}

/** Items (in list order) whose posting lists hold every term: the shortest list walked, the others' sets asked. */
function matchAll<T>(index: Map<string, Posting<T>>, terms: string[], limit: number): T[] {
  if (terms.length === 0) return [];
  const postings: Posting<T>[] = [];
  for (const term of terms) {
    const posting = index.get(term);
    if (posting === undefined) return [];
    postings.push(posting);
  }
  postings.sort((a, b) => a.list.length - b.list.length);
  const out: T[] = [];
  for (const item of postings[0].list) {
    let everywhere = true;
    for (let i = 1; i < postings.length && everywhere; i++) everywhere = postings[i].set.has(item);
    if (everywhere) out.push(item);
    if (out.length === limit) break;
  }
  return out;
}

export async function loadMemoryCorpus(store: ArticleStore, entities: EntityService): Promise<MemoryCorpus> {
  const articles: ArticleRecord[] = [];
  for (let after: string | null = null; ; ) {
    const page = await store.listArticles({}, { limit: PAGE, after });
    articles.push(...page.rows.map((r) => r.node));
    if (!page.hasNextPage) break;
    after = page.rows[page.rows.length - 1].position;
  }
  const ids = articles.map((a) => a.id);
  const mentions = await store.mentionsByArticle(ids);
  const quotes = await store.quotesByArticle(ids);
  const people = (await allEntities(entities, 'person')) as PersonRecord[];
  const organizations = (await allEntities(entities, 'organization')) as OrganizationRecord[];

  const directQuotesBySpeaker = new Map<number, QuoteRecord[]>();
  for (const list of quotes) {
    for (const quote of list) {
      if (quote.kind !== 'direct' || quote.speakerId === null) continue;
      const own = directQuotesBySpeaker.get(quote.speakerId) ?? [];
      own.push(quote);
      directQuotesBySpeaker.set(quote.speakerId, own);
    }
  }

  // The inverted indexes: stem → articles / direct quotes, newest first.
  const articleWords = articles.map((a) => tokens(`${a.headline}\n${a.paragraphs.join('\n\n')}`));
  const quoteWords = quotes.map((list) => list.map((q) => tokens(q.text)));
  const distinct = new Set<string>([...articleWords.flat(), ...quoteWords.flat(2)]);
  const stems = stemsOf([...distinct]);
  const stem = (word: string): string => stems.get(word) ?? word;
  const articleIndex = new Map<string, Posting<ArticleRecord>>();
  const quoteIndex = new Map<string, Posting<QuoteRecord>>();
  const post = <T>(index: Map<string, Posting<T>>, words: string[], item: T): void => {
    for (const term of new Set(words.map(stem))) {
      let posting = index.get(term);
      if (posting === undefined) index.set(term, (posting = { list: [], set: new Set() }));
      posting.list.push(item);
      posting.set.add(item);
    }
  };
  articles.forEach((article, i) => post(articleIndex, articleWords[i], article));
  quotes.forEach((list, i) => list.forEach((quote, j) => quote.kind === 'direct' && post(quoteIndex, quoteWords[i][j], quote)));
  const queryTerms = (text: string): string[] => [...new Set((searchTerms(text) ?? []).flatMap(tokens).map(stem))];
  // Names and aliases as the entity service stores them for matching.
  const namesOf = new Map<EntityRecord, string[]>([...people, ...organizations].map((e) => [e, [e.name, ...e.aliases].map(normalizeName)]));

  return {
    articles,
    articleById: new Map(articles.map((a) => [a.id, a])),
    articleBySlug: new Map(articles.map((a) => [a.slug, a])),
    mentionsOf: new Map(articles.map((a, i) => [a.id, mentions[i]])),
    quotesOf: new Map(articles.map((a, i) => [a.id, quotes[i]])),
    entityById: new Map<number, EntityRecord>([...people, ...organizations].map((e) => [e.id, e])),
    directQuotesBySpeaker,
    people,
    organizations,
    searchArticles: (text, limit) => matchAll(articleIndex, queryTerms(text), limit),
    searchDirectQuotes: (text, limit) => matchAll(quoteIndex, queryTerms(text), limit),
    searchEntities: <T extends EntityRecord>(list: readonly T[], text: string, limit: number): T[] => {
      const needle = normalizeName(text);
      if (needle === '') return [];
      const out: T[] = [];
      for (const entity of list) {
        if ((namesOf.get(entity) ?? []).some((name) => name.includes(needle))) out.push(entity);
        if (out.length === limit) break;
      }
      return out;
    },
  };
}
