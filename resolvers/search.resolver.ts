import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { SearchResult } from '../schema/search-result.union';
import type { RequestContext } from '../src/context/request-context';
import type { EntityList, EntityRecord } from '../src/records/entity-records';
import { BadUserInputError, UpstreamUnavailableError } from '../src/errors';
import type { ArticleRecord, Page, QuoteRecord, SearchPages, SearchPagesRequest } from '../src/records/article-records';
import { interleaveRows } from './interleave';
import { pageRequest } from './pagination';
import { asUnavailable } from './upstream';
import { DEFAULT_STORE_KINDS } from './quote-kinds';
import { entityNode, type EntityNode } from './entity-node';
import { quoteNode, type QuoteNode } from './quote-node';

type SearchHit = ArticleRecord | QuoteNode | EntityNode;

@Resolver()
export class SearchResolver {
  /**
   * People and organizations whose names match come first (they are what a
   * name search is usually after), then articles and quotes, newest first,
   * taken in turns so that neither crowds the other out.
   * If the entity service is down, articles and quotes still answer.
   * Quotes are those `quotes` lists by default (direct quotations).
   */
  @Query(() => [SearchResult], { description: 'Articles, people, organizations and quotes matching the words.' })
  search(
    @Ctx() ctx: RequestContext,
    @Arg('query', () => String) query: string,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
  ): SearchHit[] | Promise<SearchHit[]> {
    try {
      const text = query.trim();
      if (text.length === 0) throw new BadUserInputError('"query" must not be empty.', { argument: 'query' });
      if (text.length > 500) throw new BadUserInputError('"query" is longer than 500 characters.', { argument: 'query' });
      const { limit } = pageRequest(first, null);
      // What the store and the entity service hold in memory now is taken as it is (no
      // promise); the rest is read. All held: the hits without a promise.
      const people = heldEntities(ctx, 'person', limit, text) ?? listEntitiesOrNothing(ctx, 'person', limit, text);
      const organizations = heldEntities(ctx, 'organization', limit, text) ?? listEntitiesOrNothing(ctx, 'organization', limit, text);
      const request = { limit, kinds: DEFAULT_STORE_KINDS };
      // Both store pages in one read (on PostgreSQL one statement: ArticleStore.searchPages).
      const pages = heldPages(ctx, text, request) ?? ctx.services.store.searchPages(text, request);
      if (!(people instanceof Promise) && !(organizations instanceof Promise) && !(pages instanceof Promise)) {
        return searchHits(limit, people, organizations, pages.articles.rows, pages.quotes.rows);
      }
      return Promise.all([people, organizations, pages]).then(([p, o, s]) => searchHits(limit, p, o, s.articles.rows, s.quotes.rows));
    } catch (error) {
      // As from the async function this was: a failure is the promise's.
      return Promise.reject(error);
    }
  }
}

/** The store's pages of a search if it holds them now; undefined (read them) otherwise, or when asking failed. */
function heldPages(ctx: RequestContext, text: string, request: SearchPagesRequest): SearchPages | undefined {
  const { store } = ctx.services;
  if (store.heldSearchPages === undefined) return undefined;
  try {
    return store.heldSearchPages(text, request);
  } catch {
    // searchPages asks again and fails as it always has.
    return undefined;
  }
}

/** listEntitiesOrNothing's answer if the entity service holds the page now; undefined (list it) otherwise, or when asking failed. */
function heldEntities(ctx: RequestContext, type: 'person' | 'organization', limit: number, text: string): EntityRecord[] | undefined {
  const { entities } = ctx.services;
  if (entities.heldList === undefined) return undefined;
  let list: EntityList | undefined;
  try {
    list = entities.heldList({ type, search: text, limit: limit + 1, after: null });
  } catch {
    // list asks again and fails as it always has (UPSTREAM_UNAVAILABLE: none).
    return undefined;
  }
  return list === undefined ? undefined : entitiesOf(ctx, list, limit);
}

/**
 * The hits in the order the search lists them, at most `limit`: people, organizations, then
 * articles and quotes in turns (`interleaveRows`), gathered in one list.
 */
function searchHits(
  limit: number,
  people: readonly EntityRecord[],
  organizations: readonly EntityRecord[],
  articles: Page<ArticleRecord>['rows'],
  quotes: Page<QuoteRecord>['rows'],
): SearchHit[] {
  const hits: SearchHit[] = [];
  for (let i = 0; i < people.length && hits.length < limit; i++) hits.push(entityNode(people[i]));
  for (let i = 0; i < organizations.length && hits.length < limit; i++) hits.push(entityNode(organizations[i]));
  return interleaveRows<ArticleRecord, QuoteRecord, EntityNode, QuoteNode>(articles, quotes, limit, hits, quoteNode);
}

/**
 * The first `limit` people or organizations matching `text`: the entity service's page that
 * `people(search:)` and `organizations(search:)` read (limit + 1, so both share it where the
 * service keeps pages), without the cursors a connection needs. When the entity service is
 * down (UPSTREAM_UNAVAILABLE), none: the search answers with articles and quotes. One step
 * on the service's promise, not an async function around it (a search makes two of these).
 */
function listEntitiesOrNothing(ctx: RequestContext, type: 'person' | 'organization', limit: number, text: string): Promise<EntityRecord[]> {
  let listing: Promise<EntityList>;
  try {
    listing = ctx.services.entities.list({ type, search: text, limit: limit + 1, after: null });
  } catch (error) {
    listing = Promise.reject(error);
  }
  return listing.then(
    (list) => entitiesOf(ctx, list, limit),
    (error: unknown) => {
      const unavailable = asUnavailable(error);
      if (!(unavailable instanceof UpstreamUnavailableError)) throw unavailable;
      ctx.logger.warn({ err: unavailable }, 'search: entity service unavailable; answering with articles and quotes only');
      return [];
    },
  );
}

/** A listing's first `limit` entities, primed in the request's entity loader (a selection of them may load them by id). */
function entitiesOf(ctx: RequestContext, list: EntityList, limit: number): EntityRecord[] {
  for (const entity of list.items) ctx.loaders.entity.prime(entity.id, entity);
  return list.items.length > limit ? list.items.slice(0, limit) : list.items;
}
