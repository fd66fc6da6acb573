import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: "An editor's correction of who said a quote." })
export class CorrectQuoteSpeakerInput {
  @Field(() => ID)
  quoteId!: string;

  @Field(() => ID, { nullable: true, description: 'The person who said it; null to leave the quote without a speaker.' })
  speakerId?: string | null;
}
