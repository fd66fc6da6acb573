import { reported } from './article-rows';

describe('reported speech: a speech or cognition verb after a predicate and "to"', () => {
  it('"is quick to point out", "was pressed to explain", "has been working to emphasize", "am here to tell": the subject is the source', () => {
    const rows = reported(
      'The ferry company is quick to point out that the fares have not risen since 2019.',
      'The harbor master was pressed to explain the gap between the two reports.',
      'The river council has been working to emphasize the safety record of the dam.',
      'The clerks are inclined to believe the ballots were late.',
      'I am here to tell you what the council decided.',
    );
    expect(rows).toContainEqual(['indirect', 'The ferry company', 'is quick to point out', 'the fares have not risen since 2019']);
    expect(rows).toContainEqual(['indirect', 'The harbor master', 'was pressed to explain', 'the gap between the two reports']);
    expect(rows).toContainEqual(['indirect', 'The river council', 'has been working to emphasize', 'the safety record of the dam']);
    expect(rows).toContainEqual(['indirect', 'The clerks', 'are inclined to believe', 'the ballots were late']);
    expect(rows).toContainEqual(['indirect', 'I', 'am here to tell', 'what the council decided']);
  });

  it('an adjective counts only after its copula; a verb that is no cue, or a hedge, reports nothing', () => {
    // No copula before "quick to": an aside, not the verb group of a clause; "here to" after a place is no predicate.
    expect(reported('A longtime skipper and a ferry critic, quick to point out that the fares rose, was there.')).toEqual([]);
    expect(reported('The mayor stood at a rally here to say she was leaving the party.')).toEqual([]);
    expect(reported('The new bridge is able to carry trucks.')).toEqual([]);
    expect(reported('The committee is here to stay.')).toEqual([]);
    expect(reported('The ferry company is unlikely to say whether the fares will rise.')).toEqual([]);
  });
});

describe('reported speech: a set-off speech participle after a clause opened by a long noun phrase or an adverbial', () => {
  it('the noun phrase before the clause\'s verb, up to twelve words, past "Shortly after …," or "The next morning,"', () => {
    expect(
      reported(
        'The chief engineer of the river council on the northern bank went further, arguing the dam could fail in a flood.',
        'Shortly after the vote, the families of the ferry crews had mobilized, warning that the cuts would strand the islands.',
        'The next morning, a former harbor clerk filed a lawsuit, claiming he was fired for speaking out.',
      ),
    ).toEqual([
      ['indirect', 'The chief engineer of the river council on the northern bank', 'arguing', 'the dam could fail in a flood'],
      ['indirect', 'the families of the ferry crews', 'warning', 'the cuts would strand the islands'],
      ['indirect', 'a former harbor clerk', 'claiming', 'he was fired for speaking out'],
    ]);
  });

  it('past an adverbial and a connective ("On Thursday, however,"), the name or noun phrase opening the clause', () => {
    expect(
      reported(
        'On Thursday, however, Ada Holt spoke to a gathering of ferry owners, promising to lift the fare cap.',
        'On Friday, though, the harbor master met the ferry crews, warning that the pier would close.',
      ),
    ).toEqual([
      ['indirect', 'Ada Holt', 'promising', 'to lift the fare cap'],
      ['indirect', 'the harbor master', 'warning', 'the pier would close'],
    ]);
  });

  it('past an opening past participle and its coordinated piece ("Chastened by the polls, as well as …,")', () => {
    expect(reported('Chastened by the polls, as well as complaints over the costs, the harbor master revised his plan, promising to cut the fares.')).toEqual([
      ['indirect', 'the harbor master', 'promising', 'to cut the fares'],
    ]);
  });

  it('an inference after a thing\'s clause, or a participle after a copula\'s complement, is no attribution', () => {
    expect(reported('The overall sense of calm on the wide river this spring has real downsides, suggesting a lack of interest in the ferry.')).toEqual([]);
    expect(reported('The first stop on the long ferry ride to the islands is the old stone pier, warning sailors of the rocks.')).toEqual([]);
  });
});

describe('reported speech: an -s cue coordinated with an -s verb before it shares that clause\'s subject', () => {
  it('"The bank runs two plants and says …", "keeps its books private but says …"', () => {
    expect(
      reported(
        'The state bank runs two plants and says it has set up a new fund.',
        'The ferry company keeps its books private but says its profits have tripled.',
        'The committee studies the data and believes the budget is short.',
      ),
    ).toEqual([
      ['indirect', 'The state bank', 'says', 'it has set up a new fund'],
      ['indirect', 'The ferry company', 'says', 'its profits have tripled'],
      ['indirect', 'The committee', 'believes', 'the budget is short'],
    ]);
  });

  it('a cue in another tense than the -s verb is no such coordination', () => {
    expect(reported('The state bank runs two plants and said it has set up a new fund.')).toEqual([]);
  });
});
