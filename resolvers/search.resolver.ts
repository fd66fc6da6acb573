import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { SearchResult } from '../schema/search-result.union';
import type { RequestContext } from '../src/context/request-context';
import type { EntityList, EntityRecord } from '../src/records/entity-records';
import { BadUserInputError, UpstreamUnavailableError } from '../src/errors';
import type { ArticleRecord, Page, QuoteRecord } from '../src/records/article-records';
import { interleave } from './interleave';
import { pageRequest } from './pagination';
import { asUnavailable } from './upstream';
import { DEFAULT_STORE_KINDS } from './quote-kinds';

type SearchHit = ArticleRecord | QuoteRecord | EntityRecord;

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
  async search(
    @Ctx() ctx: RequestContext,
    @Arg('query', () => String) query: string,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
  ): Promise<SearchHit[]> {
    const text = query.trim();
    if (text.length === 0) throw new BadUserInputError('"query" must not be empty.', { argument: 'query' });
    if (text.length > 500) throw new BadUserInputError('"query" is longer than 500 characters.', { argument: 'query' });
    const { limit } = pageRequest(first, null);
    const { store } = ctx.services;
    // Both store pages in one read (on PostgreSQL one statement: ArticleStore.searchPages).
    const [people, organizations, pages] = await Promise.all([
      listEntitiesOrNothing(ctx, 'person', limit, text),
      listEntitiesOrNothing(ctx, 'organization', limit, text),
      store.searchPages(text, { limit, kinds: DEFAULT_STORE_KINDS }),
    ]);
    return searchHits(limit, people, organizations, pages.articles.rows, pages.quotes.rows);
  }
}

/**
 * The hits in the order the search lists them, at most `limit`: people, organizations, then
 * articles and quotes in turns (`interleave`).
 */
function searchHits(
  limit: number,
  people: readonly EntityRecord[],
  organizations: readonly EntityRecord[],
  articles: Page<ArticleRecord>['rows'],
  quotes: Page<QuoteRecord>['rows'],
): SearchHit[] {
  const hits: SearchHit[] = [...people, ...organizations].slice(0, limit);
  return interleave<ArticleRecord, QuoteRecord, EntityRecord>(
    articles.map((r) => r.node),
    quotes.map((r) => r.node),
    limit,
    hits,
  );
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
    (list) => {
      for (const entity of list.items) ctx.loaders.entity.prime(entity.id, entity);
      return list.items.length > limit ? list.items.slice(0, limit) : list.items;
    },
    (error: unknown) => {
      const unavailable = asUnavailable(error);
      if (!(unavailable instanceof UpstreamUnavailableError)) throw unavailable;
      ctx.logger.warn({ err: unavailable }, 'search: entity service unavailable; answering with articles and quotes only');
      return [];
    },
  );
}
