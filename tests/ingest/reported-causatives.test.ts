import { reported } from './article-rows';

describe('reported speech: the object of a causative speaks in the infinitive after it', () => {
  it('"him"/"her" after the causative: the person the pronoun stands for', () => {
    expect(reported('Mayor Ines Vidal lost the vote on Monday.', 'The defeat led her to declare that the harbor plan was finished.')).toContainEqual([
      'indirect',
      'Ines Vidal',
      'declare',
      'the harbor plan was finished',
    ]);
  });

  it('title words between the causative and the name', () => {
    expect(reported('The count led Harbor Board Chairman Tomas Riel to declare that the levy had passed.')).toEqual([
      ['indirect', 'Tomas Riel', 'declare', 'the levy had passed'],
    ]);
  });

  it('"allowed", "required" as causatives', () => {
    expect(
      reported('The new rule allowed ferry captains to warn that the crossing was unsafe.', 'The charter required council members to explain why they voted against the levy.'),
    ).toEqual([
      ['indirect', 'ferry captains', 'warn', 'the crossing was unsafe'],
      ['indirect', 'council members', 'explain', 'why they voted against the levy'],
    ]);
  });

  it('a quantifier alone after the causative stands for people', () => {
    expect(
      reported('The delay has caused many to wonder whether the bridge will ever open.', 'The vote came late, leaving some to speculate that the deal had collapsed.'),
    ).toEqual([
      ['indirect', 'many', 'wonder', 'whether the bridge will ever open'],
      ['indirect', 'some', 'speculate', 'the deal had collapsed'],
    ]);
    // A quantifier after no causative, or before an infinitive that reports nothing, gives no attribution.
    expect(reported('The ferry schedule kept many to the north of the river all week.')).toEqual([]);
    expect(reported('The new bridge has allowed many to reach the market in an hour.')).toEqual([]);
  });

  it('an object of up to eight words, "of" in it, but no verb phrase joined by "and"', () => {
    expect(reported('The ruling left the older members of the rowing club to wonder what went wrong.')).toEqual([
      ['indirect', 'the older members of the rowing club', 'wonder', 'what went wrong'],
    ]);
    expect(reported('The mayor left the meeting early and went home to say goodbye to her son.').map((r) => r[2])).not.toContain('say');
  });

  it('no one the pronoun stands for: nothing is extracted', () => {
    expect(reported('The defeat led her to declare that the harbor plan was finished.')).toEqual([]);
  });
});
