import type { EntityRecord, OrganizationRecord, PersonRecord } from '../../src/records/entity-records';
import { toGlobalId } from '../../src/ids';
import type { ArticleRecord, MentionRecord, QuoteRecord } from '../../src/records/article-records';

/**
 * The benchmark scenarios' answers assembled by hand, with no GraphQL: the
 * same `data` the gateway answers (field order included), built from a
 * `Source` a level at a time, one batched read per level. The hand-written
 * servers (bench/servers/hand-written-server.ts) run this over the store's
 * loaders or over the corpus in memory.
 */
export interface Source {
  newestArticles(limit: number): Promise<ArticleRecord[]> | ArticleRecord[];
  articleBySlug(slug: string): Promise<ArticleRecord | null> | ArticleRecord | null;
  articles(ids: number[]): Promise<(ArticleRecord | null)[]> | (ArticleRecord | null)[];
  mentions(articleIds: number[]): Promise<MentionRecord[][]> | MentionRecord[][];
  /** Every quote of each article, all kinds, in reading order. */
  quotes(articleIds: number[]): Promise<QuoteRecord[][]> | QuoteRecord[][];
  entities(ids: number[]): Promise<(EntityRecord | null)[]> | (EntityRecord | null)[];
  /** A speaker's direct quotes, newest first, and how many there are. */
  directQuotesBySpeaker(speakerId: number, limit: number): Promise<{ nodes: QuoteRecord[]; totalCount: number }> | { nodes: QuoteRecord[]; totalCount: number };
  /** The search resolver's hits: matching people, organizations, then articles and direct quotes in turns. */
  search(text: string, limit: number): Promise<(ArticleRecord | QuoteRecord | EntityRecord)[]> | (ArticleRecord | QuoteRecord | EntityRecord)[];
}

type Json = Record<string, unknown>;

const dateTime = (value: string | null): string | null => (value === null ? null : new Date(value).toISOString());

/** Entities by id, read in one batch. */
async function entityMap(source: Source, ids: Iterable<number>): Promise<Map<number, EntityRecord>> {
  const wanted = [...new Set(ids)];
  const records = await source.entities(wanted);
  const map = new Map<number, EntityRecord>();
  records.forEach((record) => record && map.set(record.id, record));
  return map;
}

function distinctIds(mentions: MentionRecord[], type: 'person' | 'organization'): number[] {
  const ids: number[] = [];
  for (const m of mentions) if (m.entityType === type && !ids.includes(m.entityId)) ids.push(m.entityId);
  return ids;
}

function ofType<T extends EntityRecord>(map: Map<number, EntityRecord>, ids: number[], type: T['type']): T[] {
  const out: T[] = [];
  for (const id of ids) {
    const record = map.get(id);
    if (record && record.type === type) out.push(record as T);
  }
  return out;
}

const person = (map: Map<number, EntityRecord>, id: number | null): PersonRecord | null => {
  const record = id === null ? undefined : map.get(id);
  return record?.type === 'person' ? record : null;
};

const direct = (quotes: QuoteRecord[]): QuoteRecord[] => quotes.filter((q) => q.kind === 'direct');

/** Articles with their mentions and quotes, and every entity those name. */
async function articlesWithRelations(source: Source, articles: ArticleRecord[], affiliations: boolean) {
  const ids = articles.map((a) => a.id);
  const [mentions, quotes] = await Promise.all([source.mentions(ids), source.quotes(ids)]);
  const entityIds: number[] = [];
  for (const list of mentions) for (const m of list) entityIds.push(m.entityId);
  for (const list of quotes) {
    for (const q of list) {
      if (q.speakerId !== null) entityIds.push(q.speakerId);
      else if (q.sourceOrganizationId !== null) entityIds.push(q.sourceOrganizationId);
    }
  }
  const entities = await entityMap(source, entityIds);
  if (affiliations) {
    const orgIds: number[] = [];
    for (const e of entities.values()) if (e.type === 'person') for (const r of e.roles) if (r.organizationId !== null) orgIds.push(r.organizationId);
    const orgs = await entityMap(source, orgIds.filter((id) => !entities.has(id)));
    for (const [id, org] of orgs) entities.set(id, org);
  }
  return { mentions, quotes, entities };
}

function affiliationIds(p: PersonRecord): number[] {
  return [...new Set(p.roles.map((r) => r.organizationId).filter((id): id is number => id !== null))];
}

/** Quote.source: the person named, else the organization, as `... on Person { id name } ... on Organization { id name }`. */
function quoteSource(map: Map<number, EntityRecord>, q: QuoteRecord): Json | null {
  if (q.speakerId !== null) {
    const p = person(map, q.speakerId);
    return p && { id: toGlobalId('Person', p.id), name: p.name };
  }
  const org = q.sourceOrganizationId === null ? undefined : map.get(q.sourceOrganizationId);
  return org?.type === 'organization' ? { id: toGlobalId('Organization', org.id), name: org.name } : null;
}

/** The front-page scenarios: direct quotes only (`front-page`), or every kind with kind, cue and source (`front-page-all-kinds`). */
export async function frontPage(source: Source, allKinds = false): Promise<Json> {
  const articles = await source.newestArticles(20);
  const { mentions, quotes, entities } = await articlesWithRelations(source, articles, false);
  return {
    articles: {
      nodes: articles.map((a, i) => ({
        id: toGlobalId('Article', a.id),
        slug: a.slug,
        headline: a.headline,
        section: a.section,
        dateline: a.dateline,
        publishedAt: dateTime(a.publishedAt),
        people: ofType<PersonRecord>(entities, distinctIds(mentions[i], 'person'), 'person').map((p) => ({ id: toGlobalId('Person', p.id), name: p.name, title: p.title })),
        organizations: ofType<OrganizationRecord>(entities, distinctIds(mentions[i], 'organization'), 'organization').map((o) => ({
          id: toGlobalId('Organization', o.id),
          name: o.name,
          kind: o.kind,
        })),
        quotes: (allKinds ? quotes[i] : direct(quotes[i])).map((q) => {
          const s = person(entities, q.speakerId);
          const speaker = s && { id: toGlobalId('Person', s.id), name: s.name, title: s.title };
          return allKinds
            ? { id: toGlobalId('Quote', q.id), text: q.text, partial: q.partial, kind: q.kind.toUpperCase(), cue: q.cue, speaker, source: quoteSource(entities, q) }
            : { id: toGlobalId('Quote', q.id), text: q.text, partial: q.partial, speaker };
        }),
      })),
    },
  };
}

export async function articleBySlug(source: Source, slug: string): Promise<Json> {
  const article = await source.articleBySlug(slug);
  if (!article) return { article: null };
  const { mentions, quotes, entities } = await articlesWithRelations(source, [article], true);
  return {
    article: {
      id: toGlobalId('Article', article.id),
      headline: article.headline,
      byline: article.byline,
      publishedAt: dateTime(article.publishedAt),
      body: article.paragraphs.join('\n\n'),
      people: ofType<PersonRecord>(entities, distinctIds(mentions[0], 'person'), 'person').map((p) => ({
        id: toGlobalId('Person', p.id),
        name: p.name,
        title: p.title,
        affiliations: ofType<OrganizationRecord>(entities, affiliationIds(p), 'organization').map((o) => ({ id: toGlobalId('Organization', o.id), name: o.name })),
      })),
      organizations: ofType<OrganizationRecord>(entities, distinctIds(mentions[0], 'organization'), 'organization').map((o) => ({
        id: toGlobalId('Organization', o.id),
        name: o.name,
        kind: o.kind,
      })),
      quotes: direct(quotes[0]).map((q) => {
        const speaker = person(entities, q.speakerId);
        return { id: toGlobalId('Quote', q.id), text: q.text, partial: q.partial, speaker: speaker && { id: toGlobalId('Person', speaker.id), name: speaker.name } };
      }),
    },
  };
}

export async function personWithQuotes(source: Source, personId: number): Promise<Json> {
  const [[record], page] = await Promise.all([source.entities([personId]), source.directQuotesBySpeaker(personId, 10)]);
  if (!record || record.type !== 'person') return { person: null };
  const [orgs, articles] = await Promise.all([entityMap(source, affiliationIds(record)), source.articles([...new Set(page.nodes.map((q) => q.articleId))])]);
  const articleById = new Map(articles.filter((a): a is ArticleRecord => a !== null).map((a) => [a.id, a]));
  return {
    person: {
      id: toGlobalId('Person', record.id),
      name: record.name,
      title: record.title,
      affiliations: ofType<OrganizationRecord>(orgs, affiliationIds(record), 'organization').map((o) => ({ id: toGlobalId('Organization', o.id), name: o.name })),
      quotes: {
        totalCount: page.totalCount,
        nodes: page.nodes.map((q) => {
          const a = articleById.get(q.articleId) as ArticleRecord;
          return { id: toGlobalId('Quote', q.id), text: q.text, article: { id: toGlobalId('Article', a.id), headline: a.headline, slug: a.slug, publishedAt: dateTime(a.publishedAt) } };
        }),
      },
    },
  };
}

export async function quotesBySpeaker(source: Source, speakerId: number): Promise<Json> {
  const page = await source.directQuotesBySpeaker(speakerId, 20);
  const [entities, articles] = await Promise.all([
    entityMap(source, page.nodes.flatMap((q) => (q.speakerId === null ? [] : [q.speakerId]))),
    source.articles([...new Set(page.nodes.map((q) => q.articleId))]),
  ]);
  const articleById = new Map(articles.filter((a): a is ArticleRecord => a !== null).map((a) => [a.id, a]));
  return {
    quotes: {
      totalCount: page.totalCount,
      nodes: page.nodes.map((q) => {
        const speaker = person(entities, q.speakerId);
        const a = articleById.get(q.articleId) as ArticleRecord;
        return {
          id: toGlobalId('Quote', q.id),
          text: q.text,
          partial: q.partial,
          speaker: speaker && { id: toGlobalId('Person', speaker.id), name: speaker.name },
          article: { id: toGlobalId('Article', a.id), headline: a.headline },
        };
      }),
    },
  };
}

export async function search(source: Source, text: string): Promise<Json> {
  const hits = await source.search(text, 10);
  return {
    search: hits.map((hit) => {
      if ('type' in hit) {
        return hit.type === 'person'
          ? { __typename: 'Person', id: toGlobalId('Person', hit.id), name: hit.name }
          : { __typename: 'Organization', id: toGlobalId('Organization', hit.id), name: hit.name };
      }
      if ('slug' in hit) return { __typename: 'Article', id: toGlobalId('Article', hit.id), headline: hit.headline, slug: hit.slug };
      return { __typename: 'Quote', id: toGlobalId('Quote', hit.id), text: hit.text, speakerName: hit.speakerName };
    }),
  };
}
