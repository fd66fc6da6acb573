import { quotesAfterLead } from './article-rows';

describe('direct quotes: words a subject used or coined', () => {
  it('keeps words quoted after "has used the phrase" and "coined the term" with the clause subject as speaker', () => {
    expect(
      quotesAfterLead(
        'Mayor Lena Ortiz has used the phrase "harbor first" at every council meeting this year.',
        'Governor Ana Silva coined the term "ferry deserts" during the 2019 campaign.',
      ),
    ).toEqual([
      ['Lena Ortiz', 'harbor first'],
      ['Ana Silva', 'ferry deserts'],
    ]);
  });

  it('still drops a term the writer only mentions', () => {
    expect(quotesAfterLead('The term "ferry deserts" appears nowhere in the port authority budget.')).toEqual([]);
  });
});
