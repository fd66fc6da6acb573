import { extractArticle } from '../../src/ingest/extract-article';
import { partitiveGroup } from '../../src/ingest/attribution/partitive-speakers';
import { quotesAfterLead } from './article-rows';
import { withCpuMillis } from './hostile-inputs';

const QUOTE = '“The harbor board will not budge on this,”';

describe('direct quotations: a partitive speaker, and a relative clause after an inverted speaker', () => {
  it('gives a partitive phrase as the source as written', () => {
    expect(quotesAfterLead(`${QUOTE} said one of those advisers, who spoke on the condition of anonymity.`)).toContainEqual([
      'one of those advisers',
      'The harbor board will not budge on this,',
    ]);
    expect(quotesAfterLead(`${QUOTE} said two of the dock workers.`)).toContainEqual(['two of the dock workers', 'The harbor board will not budge on this,']);
  });

  it('reads an inverted speaker up to a relative clause with no comma, and goes on to the next quotation', () => {
    const rows = quotesAfterLead(`${QUOTE} said one source who spoke on the condition of anonymity. “It has the votes.”`);
    expect(rows).toContainEqual(['one source', 'The harbor board will not budge on this,']);
    expect(rows).toContainEqual(['one source', 'It has the votes.']);
  });

  it('gives no source for a partitive of a pronoun or of no group', () => {
    expect(quotesAfterLead(`${QUOTE} said one of them.`)).toContainEqual([null, 'The harbor board will not budge on this,']);
    expect(partitiveGroup('one of those advisers')).toBe('those advisers');
    expect(partitiveGroup('the head of the board')).toBeNull();
  });
});

describe('hostile input for partitive speakers, just under the 1 MB limit', () => {
  it('long runs of the shape finish in time', () => {
    const { cpuMillis } = withCpuMillis(() => {
      extractArticle(`Headline of the story\n\n${`${QUOTE} said one of those advisers who spoke. `.repeat(11_000)}`);
      partitiveGroup(`one of ${'one of '.repeat(100_000)}them`);
    });
    expect(cpuMillis).toBeLessThan(60_000);
  });
});
