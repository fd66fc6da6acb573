import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { Attribution } from './attribution.type';
import { Node } from './node.interface';
import { QuoteKind, type QuoteKindName } from './quote-kind.enum';

// A Federation 2 entity: other subgraphs may extend it, referring to it by id (see src/federation).
@Directive('@key(fields: "id")')
@ObjectType({ simpleResolvers: true, implements: Node, description: 'Something an article says someone said: a direct quotation, or reported speech.' })
export class Quote extends Node {
  @Field({
    description:
      'DIRECT: the words inside the quotation marks (as before reported speech was stored). INDIRECT and MIXED: the reported content, as the article words it.',
  })
  text!: string;

  @Field(() => String, { nullable: true, description: 'The reporting verb or phrase as written: "said", "according to", "insisted". Null when nearness, not words, ties the quote to its source.' })
  cue!: string | null;

  @Field(() => String, { nullable: true, description: 'The speaker (or source organization) as the article names them.' })
  speakerName!: string | null;

  @Field(() => Int, { description: 'Index of the paragraph the quote opens in.' })
  paragraph!: number;

  @Field(() => Int, { description: 'Character offset of the quote in its paragraph.' })
  start!: number;

  @Field(() => Int, { description: 'Character offset just past the quote (exclusive).' })
  end!: number;

  @Field({ description: 'True when the quote is a fragment inside a sentence of the article.' })
  partial!: boolean;

  @Field(() => QuoteKind, { description: 'DIRECT, INDIRECT (reported speech) or MIXED (reported speech holding a quoted fragment).' })
  kind!: QuoteKindName;

  @Field(() => Attribution, { nullable: true, description: 'How the speaker was found; null when there is none.' })
  attribution!: Attribution | null;
}
