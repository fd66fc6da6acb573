import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Article } from '../schema/article.type';
import { Correction, CorrectionSpeaker } from '../schema/correction.type';
import { Person } from '../schema/person.type';
import { Quote } from '../schema/quote.type';
import type { RequestContext } from '../src/context/request-context';
import type { PersonNode } from './entity-node';
import type { ArticleRecord, CorrectionRecord, SpeakerValue } from '../src/records/article-records';
import { quoteNodeOrNull, type QuoteNode } from './quote-node';
import { loadEntity } from './entity-loading';

/** An article's corrections, from the request's loader. */
function correctionsOf(ctx: RequestContext, articleId: number): CorrectionRecord[] | Promise<CorrectionRecord[]> {
  return ctx.loaders.correctionsByArticle.peek(articleId) ?? ctx.loaders.correctionsByArticle.load(articleId);
}

@Resolver(() => Article)
export class ArticleCorrectionsResolver {
  @FieldResolver(() => [Correction], {
    description: "Editors' corrections of quote speakers, oldest first, including those of quotes a later version of the article no longer has.",
  })
  corrections(@Root() article: ArticleRecord, @Ctx() ctx: RequestContext): CorrectionRecord[] | Promise<CorrectionRecord[]> {
    return correctionsOf(ctx, article.id);
  }
}

@Resolver(() => Quote)
export class QuoteCorrectionsResolver {
  @FieldResolver(() => [Correction], { description: "Editors' corrections of this quote's speaker, oldest first." })
  async corrections(@Root() quote: QuoteNode, @Ctx() ctx: RequestContext): Promise<CorrectionRecord[]> {
    return (await correctionsOf(ctx, quote.articleId)).filter((c) => c.quoteId === quote.record.id);
  }
}

@Resolver(() => Correction)
export class CorrectionResolver {
  @FieldResolver(() => Quote, { nullable: true, description: 'The quote; null once a later version of the article no longer has its words.' })
  quote(@Root() correction: CorrectionRecord, @Ctx() ctx: RequestContext): Promise<QuoteNode | null> | null {
    return correction.quoteId === null ? null : ctx.loaders.quote.load(correction.quoteId).then(quoteNodeOrNull);
  }
}

@Resolver(() => CorrectionSpeaker)
export class CorrectionSpeakerResolver {
  @FieldResolver(() => Person, { nullable: true, description: 'The person; null when there was none (or the entity service is unavailable).' })
  speaker(@Root() value: SpeakerValue, @Ctx() ctx: RequestContext): PersonNode | null | Promise<PersonNode | null> {
    return value.speakerId === null ? null : loadEntity(ctx, value.speakerId, 'person');
  }
}
