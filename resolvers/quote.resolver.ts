import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Article } from '../schema/article.type';
import type { ConnectionShape } from '../schema/connection';
import { QuoteConnection } from '../schema/connections';
import { CorrectQuoteSpeakerInput } from '../schema/correct-quote-speaker.input';
import { Entity } from '../schema/entity.union';
import { Person } from '../schema/person.type';
import { checkedKinds, DEFAULT_STORE_KINDS } from './quote-kinds';
import { QuoteFilter } from '../schema/quote-filter.input';
import { Quote } from '../schema/quote.type';
import { requireRole } from '../src/auth/api-keys';
import type { RequestContext } from '../src/context/request-context';
import type { OrganizationNode, PersonNode } from './entity-node';
import { BadUserInputError, NotFoundError } from '../src/errors';
import { expectGlobalId, localIdOf, parseGlobalId } from '../src/ids';
import type { ArticleRecord, QuoteFilter as StoreQuoteFilter } from '../src/records/article-records';
import { idOf, nodeOf } from '../src/loaders/loaders';
import { quoteNode, quoteNodeOrNull, type QuoteNode } from './quote-node';
import { loadEntity } from './entity-loading';
import { emptyConnection, pageRequest, toConnection } from './pagination';
import { fromEntityService } from './upstream';

@Resolver(() => Quote)
export class QuoteResolver {
  @Query(() => Quote, { nullable: true })
  async quote(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<QuoteNode | null> {
    const localId = localIdOf(id, 'Quote');
    return localId === null ? null : ctx.loaders.quote.load(localId).then(quoteNodeOrNull);
  }

  @Query(() => QuoteConnection, { description: "Quotes of the filter's kinds (direct quotations unless asked otherwise), newest article first, then reading order." })
  async quotes(
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
    @Arg('filter', () => QuoteFilter, { nullable: true }) filter?: QuoteFilter | null,
  ): Promise<ConnectionShape<QuoteNode>> {
    const page = pageRequest(first, after);
    const storeFilter = await toStoreFilter(filter, ctx);
    if (storeFilter === null) return emptyConnection();
    const result = await ctx.services.store.listQuotes(storeFilter, page);
    ctx.loaders.quote.primeEach(result.rows.map(nodeOf), idOf);
    return toConnection(result, page, quoteNode);
  }

  @Mutation(() => Quote, { description: "Corrects who said a quote (or clears the speaker). Needs an editor key." })
  async correctQuoteSpeaker(@Ctx() ctx: RequestContext, @Arg('input', () => CorrectQuoteSpeakerInput) input: CorrectQuoteSpeakerInput): Promise<QuoteNode> {
    requireRole(ctx.viewer, 'editor');
    const quoteId = expectGlobalId(input.quoteId, 'Quote', 'input.quoteId');
    let speaker: PersonNode | null = null;
    if (input.speakerId != null) {
      speaker = await loadEntity(ctx, expectGlobalId(input.speakerId, 'Person', 'input.speakerId'), 'person');
      if (!speaker) throw new BadUserInputError('No person has that id.', { argument: 'input.speakerId' });
    }
    const updated = await ctx.services.store.setQuoteSpeaker(quoteId, {
      id: speaker?.record.id ?? null,
      name: speaker?.name ?? null,
      method: 'editor',
      confidence: 1,
    }, ctx.viewer.keyId);
    if (!updated) throw new NotFoundError('No quote has that id.');
    await ctx.services.onDataChanged?.();
    ctx.loaders.quote.clear(quoteId).prime(quoteId, updated);
    ctx.loaders.correctionsByArticle.clear(updated.articleId);
    return quoteNode(updated);
  }

  // `id`, `kind` and `attribution` are read off the QuoteNode (resolvers/quote-node.ts): no resolver.

  @FieldResolver(() => Person, { nullable: true, description: 'Who said it; null when the article does not make it clear.' })
  speaker(@Root() quote: QuoteNode, @Ctx() ctx: RequestContext): PersonNode | null | Promise<PersonNode | null> {
    return quote.speakerId === null ? null : loadEntity(ctx, quote.speakerId, 'person');
  }

  @FieldResolver(() => Entity, {
    nullable: true,
    description:
      'Who the attribution names: the person (then the same as `speaker`) or the organization ("the ministry said"); null when the article does not make it clear.',
  })
  source(@Root() quote: QuoteNode, @Ctx() ctx: RequestContext): PersonNode | OrganizationNode | null | Promise<PersonNode | OrganizationNode | null> {
    if (quote.speakerId !== null) return loadEntity(ctx, quote.speakerId, 'person');
    return quote.sourceOrganizationId === null ? null : loadEntity(ctx, quote.sourceOrganizationId, 'organization');
  }

  @FieldResolver(() => Article)
  article(@Root() quote: QuoteNode, @Ctx() ctx: RequestContext): Promise<ArticleRecord> {
    // One `then` rather than an async function: a promise less per quote of a page.
    return ctx.loaders.article.load(quote.articleId).then(articleOrMissing);
  }
}

function articleOrMissing(article: ArticleRecord | null): ArticleRecord {
  if (!article) throw new NotFoundError('The article of this quote no longer exists.');
  return article;
}

/** Null when the filter can match nothing (an organization with no members). */
async function toStoreFilter(filter: QuoteFilter | null | undefined, ctx: RequestContext): Promise<StoreQuoteFilter | null> {
  if (!filter) return { kinds: DEFAULT_STORE_KINDS };
  const kinds = checkedKinds(filter.kinds, 'filter.kinds');
  let speaker = filter.speaker != null ? expectGlobalId(filter.speaker, 'Person', 'filter.speaker') : null;
  let sourceOrganization: number | null = null;
  if (filter.source != null) {
    const source = parseGlobalId(filter.source);
    if (source?.type === 'Organization') sourceOrganization = source.id;
    else if (source?.type === 'Person') {
      // A person source is the speaker: both given, they must agree.
      if (speaker !== null && speaker !== source.id) return null;
      speaker = source.id;
    } else throw new BadUserInputError('Argument "filter.source" must be the id of a person or an organization.', { argument: 'filter.source' });
  }
  const article = filter.article != null ? expectGlobalId(filter.article, 'Article', 'filter.article') : null;
  let speakers: number[] | null = speaker === null ? null : [speaker];
  if (filter.organization != null) {
    const organization = expectGlobalId(filter.organization, 'Organization', 'filter.organization');
    const members = await fromEntityService(ctx.loaders.membersOf.load(organization));
    speakers = speakers === null ? members : speakers.filter((id) => members.includes(id));
  }
  if (speakers !== null && speakers.length === 0) return null;
  return { speakers, article, search: filter.search ?? null, kinds, sourceOrganization };
}
