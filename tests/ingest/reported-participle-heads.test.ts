import { reported } from './article-rows';

describe('reported speech: a participle modifying a message noun or a pronoun for people', () => {
  it('a message noun before the participle is the source, its object the content', () => {
    expect(reported('The union paid for radio ads attacking Mayor Tom Reyes over the water rates.').map((r) => [r[1], r[2], r[3]])).toContainEqual([
      'radio ads',
      'attacking',
      'Mayor Tom Reyes over the water rates',
    ]);
    expect(reported('More than 4,000 residents signed a petition urging the council to keep the library open.').map((r) => [r[1], r[2]])).toContainEqual(['a petition', 'urging']);
    expect(reported('Road signs warning of ice went up along the highway.').map((r) => r[1])).toContain('Road signs');
    expect(reported('Governor Ana Silva gave a speech praising the harbor pilots on Monday.').map((r) => [r[1], r[2]])).toContainEqual(['a speech', 'praising']);
  });

  it('a pronoun for people before the participle is the source', () => {
    expect(reported('Turnout was highest among those backing the school levy.').map((r) => [r[1], r[2], r[3]])).toContainEqual(['those', 'backing', 'the school levy']);
    expect(reported('The board has little patience for anyone questioning the audit.').map((r) => [r[1], r[2]])).toContainEqual(['anyone', 'questioning']);
  });

  it('a noun that carries no message, or a participle after a preposition, gives no source', () => {
    expect(reported('The crew spent the afternoon painting the bridge.')).toEqual([]);
    expect(reported('The council met on Tuesday without discussing the rates.').map((r) => r[1])).not.toContain('Tuesday');
  });

  it('calls, filings, emails and notices that a participle modifies carry a message', () => {
    expect(reported('Robocalls opposing the school levy flooded the county last week.')).toContainEqual(['indirect', 'Robocalls', 'opposing', 'the school levy']);
    expect(reported('Court filings seeking the release of the records were unsealed on Monday.')).toContainEqual(['indirect', 'Court filings', 'seeking', 'the release of the records']);
    expect(reported('Residents received notices in the mail last week.')).toEqual([]);
    expect(reported('The clerk spent the morning sorting notices and filing records.')).toEqual([]);
  });

  it('"anyone" opening the sentence is the source of the participle; "those" there stays the subject of the main clause', () => {
    expect(reported('Anyone expecting the council to change course quickly will be disappointed.')).toEqual([
      ['indirect', 'Anyone', 'expecting', 'the council to change course quickly'],
    ]);
    expect(reported('Those backing the levy say it will pass.')).toEqual([['indirect', 'Those backing the levy', 'say', 'it will pass']]);
    expect(reported('Anyone living near the river should leave tonight.')).toEqual([]);
  });

  it('reads every sentence of almost a megabyte of them, two attributions each', () => {
    const rows = reported('Union ads attacking the new toll ran again on Tuesday among those backing the levy. '.repeat(11_500));
    expect(rows).toHaveLength(2 * 11_500);
    expect(rows.at(-1)).toEqual(['indirect', 'those', 'backing', 'the levy']);
  });
});
