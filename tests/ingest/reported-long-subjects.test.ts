import { extractArticle } from '../../src/ingest/extract-article';
import { reported } from './article-rows';

describe('reported speech: a long noun phrase opening the sentence is the subject of its cue', () => {
  it('a head naming people, then a prepositional phrase, a participle phrase or a relative clause up to the verb', () => {
    expect(
      reported(
        'Dairy farmers in three northern counties balked at the new milk quota.',
        'Parents whose children were moved to the new school have been urging the board to reverse the plan.',
        'Renters in the two towers along the river are wary of the landlord\'s promises.',
      ),
    ).toEqual([
      ['indirect', 'Dairy farmers in three northern counties', 'balked at', 'the new milk quota'],
      ['indirect', 'Parents whose children were moved to the new school', 'have been urging', 'the board to reverse the plan'],
      ['indirect', 'Renters in the two towers along the river', 'are wary of', "the landlord's promises"],
    ]);
  });

  it('a phrase that is a clause, names a thing, or holds an infinitive is no such subject', () => {
    const negatives = [
      'The reaction to the storm in the valley is already changing the town\'s budget.',
      'Mashable announced that as part of a reorganization it was shedding writers.',
      'The clerk\'s office traced the error to a website that publishes fake notices.',
      'An effort to recruit more volunteers online is also expected to begin soon.',
      'Members of the committee to be named next week will review the claims.',
    ];
    const sources = reported(...negatives).map((r) => r[1]);
    for (const phrase of ['The reaction to the storm in the valley', 'Mashable announced that', "The clerk's office traced the error to a website", 'An effort to recruit more volunteers online', 'Members of the committee to be named']) {
      expect(sources.some((s) => s !== null && s.startsWith(phrase))).toBe(false);
    }
  });
});

describe('reported speech: a name or noun phrase, then an appositive set off by commas up to the verb', () => {
  it('the phrase before the appositive is the source, whatever commas and relative clauses the appositive holds', () => {
    expect(
      reported(
        'Lio Tamsin Veer, 58, a welder from the east side, said the plant would reopen.',
        'The harbor master, a veteran of four storms whose crew has not slept, has been warning that the pier will flood.',
      ),
    ).toEqual([
      ['indirect', 'Lio Tamsin Veer', 'said', 'the plant would reopen'],
      ['indirect', 'The harbor master', 'has been warning', 'the pier will flood'],
    ]);
  });

  it('an opening adverbial or an appositive holding a clause or a quotation gives no such source', () => {
    expect(reported('In the end, the mayor, a Democrat, said the plan would pass.').map((r) => r[1])).not.toContain('In the end');
    const clause = reported('The ferry, which the council has cut twice, will stop, a spokesman said Monday.').map((r) => r[1]);
    expect(clause).not.toContain('The ferry');
    const quoted = reported('The mayor "drew well from every ward," said a professor at the college.').map((r) => r[1]);
    expect(quoted.some((s) => s !== null && s.startsWith('The mayor "drew'))).toBe(false);
  });
});

describe('hostile input for long subjects, just under the 1 MB limit', () => {
  it('a paragraph of long postmodified subjects and of commas before many verbs finishes in time', () => {
    const started = Date.now();
    extractArticle(`Headline of the story\n\n${'Farmers in the north of the county with ties to the mill, '.repeat(16_000)}balked at the quota.`);
    extractArticle(`Headline of the story\n\n${'Farmers in three towns whose wells ran dry balked at the quota. '.repeat(15_000)}`);
    extractArticle(`Headline of the story\n\n${'Ada Holt, 58, a welder, said it would reopen. '.repeat(20_000)}`);
    expect(Date.now() - started).toBeLessThan(60_000);
  });
});
