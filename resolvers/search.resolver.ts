import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { SearchResult } from '../schema/search-result.union';
import type { RequestContext } from '../src/context/request-context';
import type { EntityRecord } from '../src/records/entity-records';
import { BadUserInputError, UpstreamUnavailableError } from '../src/errors';
import type { ArticleRecord, QuoteRecord } from '../src/records/article-records';
import { fromEntityService } from './upstream';
import { pageRequest } from './pagination';
import { interleave } from './interleave';
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
    const page = pageRequest(first, null);
    const [people, organizations, articles, quotes] = await Promise.all([
      listEntitiesOrNothing(ctx, 'person', page.limit, text),
      listEntitiesOrNothing(ctx, 'organization', page.limit, text),
      ctx.services.store.listArticles({ search: text }, { limit: page.limit }),
      ctx.services.store.listQuotes({ search: text, kinds: DEFAULT_STORE_KINDS }, { limit: page.limit }),
    ]);
    const hits: SearchHit[] = [...people, ...organizations, ...interleave(articles.rows.map((r) => r.node), quotes.rows.map((r) => r.node))];
    return hits.slice(0, page.limit);
  }
}

/**
 * The first `limit` people or organizations matching `text`: the entity service's page that
 * `people(search:)` and `organizations(search:)` read (limit + 1, so both share it where the
 * service keeps pages), without the cursors a connection needs.
 */
async function listEntitiesOrNothing(ctx: RequestContext, type: 'person' | 'organization', limit: number, text: string): Promise<EntityRecord[]> {
  try {
    const list = await fromEntityService(ctx.services.entities.list({ type, search: text, limit: limit + 1, after: null }));
    for (const entity of list.items) ctx.loaders.entity.prime(entity.id, entity);
    return list.items.length > limit ? list.items.slice(0, limit) : list.items;
  } catch (error) {
    if (error instanceof UpstreamUnavailableError) {
      ctx.logger.warn({ err: error }, 'search: entity service unavailable; answering with articles and quotes only');
      return [];
    }
    throw error;
  }
}
