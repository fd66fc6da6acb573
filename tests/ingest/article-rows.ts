import { extractArticle } from '../../src/ingest/extract-article';

/*
 * What the extraction tests compare: the quotes of body paragraphs under a headline, as rows a
 * reader checks (speaker or source as named, cue, words).
 */

const HEADLINE = 'Headline of the story';
/** A first paragraph naming no one, so that the paragraphs under test are not the article's lead. */
const LEAD = 'The county board met on Monday to vote on the plan.';

/** Direct quotes of body paragraphs under a headline: [speaker as named, words]. */
export function quotes(...paragraphs: string[]): [string | null, string][] {
  const x = extractArticle([HEADLINE, ...paragraphs].join('\n\n'));
  return x.quotes.filter((q) => q.kind === 'direct').map((q) => [q.speakerName, q.text]);
}

/** The same, after a lead paragraph naming no one. */
export function quotesAfterLead(...paragraphs: string[]): [string | null, string][] {
  return quotes(LEAD, ...paragraphs);
}

export type Row = [kind: string, source: string | null, cue: string | null, text: string];

/** Reported attributions (INDIRECT and MIXED) of body paragraphs under a headline. */
export function reported(...paragraphs: string[]): Row[] {
  const x = extractArticle([HEADLINE, ...paragraphs].join('\n\n'));
  return x.quotes.filter((q) => q.kind !== 'direct').map((q) => [q.kind, q.speakerName, q.cue, q.text]);
}

/** Reported attributions with the source as the entity it was linked to (its canonical name), else as written. */
export function reportedNamed(...paragraphs: string[]): Row[] {
  const x = extractArticle([HEADLINE, ...paragraphs].join('\n\n'));
  return x.quotes
    .filter((q) => q.kind !== 'direct')
    .map((q) => {
      const ref = q.speaker as { type: string; index: number } | null;
      const named = ref ? (ref.type === 'organization' ? x.entities.organizations : x.entities.people)[ref.index]?.name : null;
      return [q.kind as string, named ?? q.speakerName, q.cue, q.text];
    });
}

/** The people an article of body paragraphs under a headline names. */
export function people(...paragraphs: string[]): string[] {
  return extractArticle([HEADLINE, ...paragraphs].join('\n\n')).entities.people.map((p) => p.name);
}
