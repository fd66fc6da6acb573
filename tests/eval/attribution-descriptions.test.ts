import { describesOnePerson, descriptionHead, notOnePerson } from '../../eval/attribution/descriptions';
import { classifySource, relativeAntecedent, resolvePronoun, thingAntecedent, type ScoredGold } from '../../eval/attribution/gold';
import { judgeSource } from '../../eval/attribution/score';

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

describe('a source judged by its span text', () => {
  const pronoun = (id: string, sourceText: string, sourceStart: number): ScoredGold => ({ ...gold(id, sourceText, sourceStart, null), sourceClass: 'pronoun' });

  it('"it" stands for the document or organization before it, never a person', () => {
    const memo = gold('E1', 'the memo', 0, null);
    const roe = gold('E2', 'Gov. Mary Roe', 100, 'Mary Roe');
    const it = pronoun('E3', 'it', 200);
    expect(thingAntecedent(it, [memo, roe, it])).toBe(memo);
    expect(judgeSource(it, [memo, roe, it], 'the memo')).toMatchObject({ bucket: 'text', ok: true });
    expect(judgeSource(it, [memo, roe, it], 'Mary Roe')).toMatchObject({ bucket: 'text', ok: false });
    const council = gold('E4', 'the Harbor Council', 0, 'Harbor Council');
    expect(judgeSource(it, [council, roe, it], 'Harbor Council')).toMatchObject({ ok: true });
    // An unnamed official is a person too.
    const official = gold('E5', 'a Treasury official', 0, null);
    expect(thingAntecedent(it, [official, it])).toBeNull();
  });

  it('a definite description of an organization is the organization named in full', () => {
    const commission = gold('E1', 'The commission', 0, null);
    expect(judgeSource(commission, [commission], 'Commission on Presidential Debates')).toMatchObject({ bucket: 'text', ok: true });
    expect(judgeSource(commission, [commission], 'Federal Reserve')).toMatchObject({ bucket: 'text', ok: false });
  });
});

