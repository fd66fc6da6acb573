import { reported } from './article-rows';

describe('reported speech: a content ending in a quotation before a titled source (`…," Mr. Reyes said.`)', () => {
  it('the clause and its quotation are one MIXED attribution, with either quotation mark', () => {
    expect(reported('The ferry plan would be "a disaster for working families," Mr. Reyes said.')).toEqual([['mixed', 'Reyes', 'said', 'The ferry plan would be "a disaster for working families,"']]);
    expect(reported("The board's new budget offers a clear choice and a top priority ''is fixing the roads before winter,'' Ms. Holt said.")).toEqual([
      ['mixed', 'Holt', 'said', "The board's new budget offers a clear choice and a top priority ''is fixing the roads before winter,''"],
    ]);
  });

  it('as without a title, and as a content with no quotation', () => {
    expect(reported('The ferry plan would be "a disaster for working families," Reyes said.')).toEqual([['mixed', 'Reyes', 'said', 'The ferry plan would be "a disaster for working families,"']]);
    expect(reported('The ferry plan would be a disaster for working families, Mr. Reyes said.')).toEqual([['indirect', 'Reyes', 'said', 'The ferry plan would be a disaster for working families']]);
  });

  it('negatives: a sentence wholly quoted stays a direct quote, with no reported attribution', () => {
    expect(reported('"The ferry plan would be a disaster for working families," Mr. Reyes said.')).toEqual([]);
    expect(reported("''The ferry plan would be a disaster for working families,'' Mr. Reyes said.")).toEqual([]);
  });
});
