import { Field, ObjectType } from 'type-graphql';
import { DateTime } from './date-time.scalar';

@ObjectType({ description: 'Who a quote was attributed to, before or after a correction.' })
export class CorrectionSpeaker {
  @Field(() => String, { nullable: true, description: 'The speaker as named then; null when the quote had no speaker.' })
  speakerName!: string | null;
}

@ObjectType({
  description:
    "An editor's correction of who said a quote. Kept in the article's history; while the article still has the quote's words (re-ingested versions included), the correction stays in force.",
})
export class Correction {
  @Field({ description: "The quote's words when it was corrected." })
  quoteText!: string;

  @Field(() => String, { nullable: true, description: "The id of the editor's API key (a fingerprint, never the key); null when no key made it." })
  editor!: string | null;

  @Field(() => DateTime, { description: 'When the correction was made.' })
  correctedAt!: string;

  @Field(() => CorrectionSpeaker, { description: 'The speaker before the correction.' })
  before!: CorrectionSpeaker;

  @Field(() => CorrectionSpeaker, { description: 'The speaker the editor set.' })
  after!: CorrectionSpeaker;
}
