import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ArticleFilter } from '../schema/article-filter.input';
import { Article } from '../schema/article.type';
import { ArticleConnection } from '../schema/connections';
import type { ConnectionShape } from '../schema/connection';
import { Image } from '../schema/image.type';
import { IngestArticleInput } from '../schema/ingest-article.input';
import { IngestArticlePayload, IngestOutcome } from '../schema/ingest-article.payload';
import { Mention } from '../schema/mention.type';
import { Organization } from '../schema/organization.type';
import { Paragraph } from '../schema/paragraph.type';
import { Person } from '../schema/person.type';
import { Quote } from '../schema/quote.type';
import { DEFAULT_QUOTE_KINDS, QuoteKind, type QuoteKindName } from '../schema/quote-kind.enum';
import { requireRole } from '../src/auth/api-keys';
import type { RequestContext } from '../src/context/request-context';
import type { EntityType } from '../src/records/entity-records';
import type { OrganizationNode, PersonNode } from './entity-node';
import { BadUserInputError, NotFoundError } from '../src/errors';
import { expectGlobalId, localIdOf, parseGlobalId } from '../src/ids';
import type { ArticleFilter as StoreArticleFilter, ArticleRecord, ImageRecord, MentionRecord } from '../src/records/article-records';
import { pageRequest, toConnection } from './pagination';
import { articleGlobalId } from './global-id-of';
import { loadEntities, type NodeOf } from './entity-loading';
import { articleRelations } from './selection';
import { idOf, nodeOf } from '../src/loaders/loaders';
import { prefetchArticleRelations } from '../src/loaders/prefetch';
import { mentionedIds } from '../src/loaders/related-ids';
import { checkedKinds, ofKinds } from './quote-kinds';
import { quoteNodes, type QuoteNode } from './quote-node';

@Resolver(() => Article)
export class ArticleResolver {
  @Query(() => Article, { nullable: true, description: 'One article, by id or by slug (give exactly one).' })
  async article(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { nullable: true }) id?: string | null,
    @Arg('slug', () => String, { nullable: true }) slug?: string | null,
  ): Promise<ArticleRecord | null> {
    if ((id == null) === (slug == null)) throw new BadUserInputError('Give exactly one of "id" and "slug".');
    if (id != null) {
      const localId = localIdOf(id, 'Article');
      return localId === null ? null : ctx.loaders.article.load(localId);
    }
    return ctx.loaders.articleBySlug.load(slug as string);
  }

  @Query(() => ArticleConnection, { description: 'Articles, newest first.' })
  async articles(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
    @Arg('filter', () => ArticleFilter, { nullable: true }) filter?: ArticleFilter | null,
  ): Promise<ConnectionShape<ArticleRecord>> {
    const page = pageRequest(first, after);
    const result = await ctx.services.store.listArticles(toStoreFilter(filter), page);
    ctx.loaders.article.primeEach(result.rows.map(nodeOf), idOf);
    // The relations asked for below the page, a level at a time: the field resolvers then answer from the loaders.
    await prefetchArticleRelations(
      ctx.loaders,
      result.rows.map((row) => row.node.id),
      articleRelations(info),
    );
    return toConnection(result, page);
  }

  @Mutation(() => IngestArticlePayload, {
    description: 'Turns raw article text into an article with its people, organizations and quotes. Needs an editor key.',
  })
  async ingestArticle(@Ctx() ctx: RequestContext, @Arg('input', () => IngestArticleInput) input: IngestArticleInput): Promise<IngestArticlePayload> {
    requireRole(ctx.viewer, 'editor');
    const result = await ctx.services.ingest({
      text: input.text,
      url: input.url ?? null,
      publishedAt: input.publishedAt ? input.publishedAt.toISOString() : null,
      section: input.section ?? null,
      byline: input.byline ?? null,
      headline: input.headline ?? null,
    });
    await ctx.services.onDataChanged?.();
    ctx.loaders.article.clear(result.articleId);
    const article = await ctx.loaders.article.load(result.articleId);
    if (!article) throw new NotFoundError('The ingested article could not be read back.');
    return { article: article as unknown as Article, outcome: result.outcome as IngestOutcome };
  }

  @FieldResolver(() => ID)
  id(@Root() article: ArticleRecord): string {
    return articleGlobalId(article);
  }

  @FieldResolver(() => String, { description: 'The paragraphs joined by blank lines.' })
  body(@Root() article: ArticleRecord): string {
    return bodyOf(article);
  }

  @FieldResolver(() => [Paragraph])
  paragraphs(@Root() article: ArticleRecord): Paragraph[] {
    return article.paragraphs.map((text, index) => ({ index, text }));
  }

  @FieldResolver(() => Int)
  wordCount(@Root() article: ArticleRecord): number {
    let words = 0;
    for (const paragraph of article.paragraphs) words += paragraph.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
    return words;
  }

  @FieldResolver(() => [Image])
  images(@Root() article: ArticleRecord): ImageRecord[] {
    return article.images;
  }

  @FieldResolver(() => [Person], {
    nullable: true,
    description: 'People the article mentions, in order of first mention; null only when the entity service fails.',
  })
  people(@Root() article: ArticleRecord, @Ctx() ctx: RequestContext): PersonNode[] | Promise<PersonNode[]> {
    return mentionedEntities(ctx, article, 'person');
  }

  @FieldResolver(() => [Organization], {
    nullable: true,
    description: 'Organizations the article mentions, in order of first mention; null only when the entity service fails.',
  })
  organizations(@Root() article: ArticleRecord, @Ctx() ctx: RequestContext): OrganizationNode[] | Promise<OrganizationNode[]> {
    return mentionedEntities(ctx, article, 'organization');
  }

  @FieldResolver(() => [Mention], { description: 'Every place the article names a person or organization, in reading order.' })
  mentions(@Root() article: ArticleRecord, @Ctx() ctx: RequestContext): MentionRecord[] | Promise<MentionRecord[]> {
    return ctx.loaders.mentionsByArticle.peek(article.id) ?? ctx.loaders.mentionsByArticle.load(article.id);
  }

  @FieldResolver(() => [Quote], { description: 'Quotes of the given kinds (direct quotations by default), in reading order.' })
  quotes(
    @Root() article: ArticleRecord,
    @Ctx() ctx: RequestContext,
    @Arg('kinds', () => [QuoteKind], {
      nullable: true,
      defaultValue: DEFAULT_QUOTE_KINDS,
      description: 'Absent or null: [DIRECT], what this field answered before reported speech was stored.',
    })
    kinds?: QuoteKindName[] | null,
  ): QuoteNode[] | Promise<QuoteNode[]> {
    const wanted = checkedKinds(kinds, 'kinds');
    const known = ctx.loaders.quotesByArticle.peek(article.id);
    if (known !== undefined) return quoteNodes(ofKinds(known, wanted));
    return ctx.loaders.quotesByArticle.load(article.id).then((quotes) => quoteNodes(ofKinds(quotes, wanted)));
  }
}

/** An article's people or organizations, in order of first mention: without a promise when the request holds them. */
function mentionedEntities<T extends EntityType>(ctx: RequestContext, article: ArticleRecord, type: T): NodeOf[T][] | Promise<NodeOf[T][]> {
  const mentions = ctx.loaders.mentionsByArticle.peek(article.id);
  if (mentions !== undefined) return loadEntities(ctx, mentionedIds(mentions)[type], type);
  return ctx.loaders.mentionsByArticle.load(article.id).then((loaded) => loadEntities(ctx, mentionedIds(loaded)[type], type));
}

function toStoreFilter(filter: ArticleFilter | null | undefined): StoreArticleFilter {
  if (!filter) return {};
  return {
    section: filter.section ?? null,
    mentions: filter.mentions?.map((id) => expectEntityId(id, 'filter.mentions')) ?? null,
    quotedSpeaker: filter.quotedSpeaker != null ? expectGlobalId(filter.quotedSpeaker, 'Person', 'filter.quotedSpeaker') : null,
    search: filter.search ?? null,
    publishedAfter: filter.publishedAfter ? filter.publishedAfter.toISOString() : null,
    publishedBefore: filter.publishedBefore ? filter.publishedBefore.toISOString() : null,
  };
}

/** Ids of people and organizations share one space in the entity service. */
export function expectEntityId(globalId: string, argument: string): number {
  const parsed = parseGlobalId(globalId);
  if (!parsed || (parsed.type !== 'Person' && parsed.type !== 'Organization')) {
    throw new BadUserInputError(`Argument "${argument}" must hold ids of people or organizations.`, { argument });
  }
  return parsed.id;
}

/**
 * An article's body, joined once per record: an answer that names the body under each of an
 * article's 100 quotes then holds one string 100 times, not 100 copies (the answer-size limit
 * counts it without building them; see docs/hardening.md).
 */
const bodies = new WeakMap<ArticleRecord, string>();

function bodyOf(article: ArticleRecord): string {
  let body = bodies.get(article);
  if (body === undefined) {
    body = article.paragraphs.join('\n\n');
    bodies.set(article, body);
  }
  return body;
}
