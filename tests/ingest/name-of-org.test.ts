import { extractArticle } from '../../src/ingest/extract-article';
import { quotesAfterLead as quotes } from './article-rows';

function people(...paragraphs: string[]): string[] {
  return extractArticle(['Headline of the story', 'The county board met on Monday to vote on the plan.', ...paragraphs].join('\n\n')).entities.people.map((p) => p.name);
}

describe('a person named before "of" and the body they speak for', () => {
  it('two name words, "of" an organization, then a speech verb: the person speaks', () => {
    expect(quotes('“The rate cut came too late,” Brandolt Veyra of Kessler Bank said.')).toEqual([['Brandolt Veyra', 'The rate cut came too late,']]);
    expect(people('Brandolt Veyra of Kessler Bank, the largest lender in the region, warned that the cut came too late.')).toEqual(['Brandolt Veyra']);
  });

  it('an inverted speech verb before the name', () => {
    expect(quotes('“Prices will rise,” said Tamsel Orvieth of Marrow Partners.')).toEqual([['Tamsel Orvieth', 'Prices will rise,']]);
  });

  it('no person in a body named with "of": Bank of Arland, Joint Chiefs of Staff, a longer name ending before "of"', () => {
    expect(people('“Rates will hold,” Bank of Arland said.')).toEqual([]);
    expect(people('“The drills are defensive,” the Republic’s Joint Chiefs of Staff said.')).toEqual([]);
    expect(people('The Science and Technology Directorate of the Harbor Authority concluded that no method worked.')).toEqual([]);
    expect(people('“We are ready,” the Federal Reserve Bank of Eastmoor said.')).toEqual([]);
  });

  it('without a speech verb or an honorific the run stays whole: no person', () => {
    expect(people('Brandolt Veyra of Kessler Bank opened a branch in the town.')).toEqual([]);
  });
});
