import { describesOnePerson, descriptionHead, notOnePerson } from '../../eval/attribution/descriptions';
import { classifySource, relativeAntecedent, resolvePronoun, type ScoredGold } from '../../eval/attribution/gold';

function gold(id: string, sourceText: string, sourceStart: number, named: string | null): ScoredGold {
  return {
    id,
    kind: 'indirect',
    content: [{ start: sourceStart + 40, end: sourceStart + 60 }],
    contentText: '',
    chars: new Set(),
    sourceText,
    sourceStart,
    sourceClass: named === null ? 'nominal' : 'named',
    sourceName: named,
    antecedent: null,
    cueText: 'said',
  };
}

describe('definite descriptions of one person', () => {
  it('reads a description opening a sentence as one opening inside it', () => {
    expect(describesOnePerson('the senator')).toBe(true);
    expect(describesOnePerson('The senator')).toBe(true);
    expect(describesOnePerson('The wealthy shipping magnate')).toBe(true);
    expect(describesOnePerson('This reporter')).toBe(true);
    const roe = gold('E1', 'Gov. Mary Roe', 0, 'Mary Roe');
    const opening = gold('E2', 'The former governor', 200, null);
    expect(resolvePronoun(opening, [roe, opening])).toBe('Mary Roe');
  });

  it('finds the head before modifiers and after a possessive', () => {
    expect(descriptionHead('the organizer of a charity walk')).toBe('organizer');
    expect(descriptionHead("the mayor's press secretary")).toBe('secretary');
    expect(descriptionHead('the voters surveyed')).toBe('voters');
    expect(descriptionHead('the appeal being heard this month')).toBe('appeal');
    expect(descriptionHead("the city's own revised rules")).toBe('rules');
  });

  it('leaves documents, things, groups, organizations and unnamed speakers unresolved', () => {
    for (const text of [
      'the ruling',
      'The lawsuit',
      'the column',
      'the audience',
      'The editorial',
      'the editorial board',
      'the company',
      'the crowd',
      'the two',
      'the women',
      'the charity and the hospital',
      'the majority of residents',
      'the source',
      'The official',
      "the governor's spokeswoman",
      'the White House',
      'the candidates for mayor',
    ]) {
      expect([text, notOnePerson(text)]).toEqual([text, true]);
      expect([text, describesOnePerson(text)]).toEqual([text, false]);
    }
    const roe = gold('E1', 'Gov. Mary Roe', 0, 'Mary Roe');
    const ruling = gold('E2', 'The ruling', 200, null);
    expect(resolvePronoun(ruling, [roe, ruling])).toBeNull();
  });

  it('keeps singular person nouns in -ss and heads before a preposition', () => {
    expect(describesOnePerson('the actress')).toBe(true);
    expect(describesOnePerson('the witness')).toBe(true);
    expect(describesOnePerson('the former secretary of state')).toBe(true);
    expect(describesOnePerson('the candidates')).toBe(false);
  });
});

describe('a relative "that"', () => {
  it('is no relative pronoun after a comma', () => {
    const cleft = 'It was Acme Corp that said the deal was off.';
    const demonstrative = 'In Ohio, that meant the deal was off.';
    expect(relativeAntecedent(cleft, 'that', cleft.indexOf('that'))).toBe('Acme Corp');
    expect(relativeAntecedent(demonstrative, 'that', demonstrative.indexOf('that'))).toBeNull();
  });
});

describe('a capitalised common word opening a sentence', () => {
  it('is no name', () => {
    for (const text of ['Six in 10', 'Those who said the tax was too high', 'Footage from the rally', 'Analysts', 'Everyone', 'Another']) {
      expect([text, classifySource(text)]).toEqual([text, { cls: 'nominal', name: null }]);
    }
    expect(classifySource('Investors in Ohio')).toEqual({ cls: 'nominal', name: null });
    expect(classifySource('Dana Price')).toEqual({ cls: 'named', name: 'Dana Price' });
  });
});
