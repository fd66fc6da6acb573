import { reported } from './article-rows';

describe('reported speech: stance adjectives of mood and candour', () => {
  it('reads a stance adjective after a copula, with adverbs and negation', () => {
    expect(reported('Senator Paula Grant is upbeat about the harbor deal.')).toEqual([['indirect', 'Paula Grant', 'is upbeat about', 'the harbor deal']]);
    expect(reported('Mayor Tom Reyes has been cagey about his future.')).toEqual([['indirect', 'Tom Reyes', 'has been cagey about', 'his future']]);
    expect(reported('Governor Ana Silva is deeply mistrustful of the port authority.')).toEqual([['indirect', 'Ana Silva', 'is deeply mistrustful of', 'the port authority']]);
    expect(reported('Mayor Tom Reyes has remained mum on the ferry contract.')).toEqual([['indirect', 'Tom Reyes', 'has remained mum on', 'the ferry contract']]);
    expect(reported('Senator Paula Grant is devoted to rebuilding the harbor.')).toEqual([['indirect', 'Paula Grant', 'is devoted to', 'rebuilding the harbor']]);
  });

  it('no stance without a copula or with a loyalty that is a voting habit', () => {
    expect(reported('The upbeat mood about the harbor deal faded by noon.')).toEqual([]);
    expect(reported('The northern county has long been loyal to the ruling party.')).toEqual([]);
    expect(reported('Most of the budget is dedicated to road repairs.')).toEqual([]);
  });
});

describe('reported speech: phrasal cues with a fixed object before the preposition', () => {
  it('reads a verb, its fixed object or modifier, and the preposition as one cue', () => {
    expect(reported('Governor Ana Silva sounded a cautious note about the new budget.')).toEqual([['indirect', 'Ana Silva', 'sounded a cautious note about', 'the new budget']]);
    expect(reported('Mayor Tom Reyes took several swipes at the harbor board.')).toEqual([['indirect', 'Tom Reyes', 'took several swipes at', 'the harbor board']]);
    expect(reported('Senator Paula Grant had harsh words for the port authority.')).toEqual([['indirect', 'Paula Grant', 'had harsh words for', 'the port authority']]);
    expect(reported('Senator Paula Grant has harsh words for the port authority.')).toEqual([['indirect', 'Paula Grant', 'has harsh words for', 'the port authority']]);
    expect(reported('Mayor Tom Reyes wrote about the ferry strike in his memoir.')).toEqual([['indirect', 'Tom Reyes', 'wrote about', 'the ferry strike in his memoir']]);
    expect(reported('Governor Ana Silva kept mum about the ferry contract.')).toEqual([['indirect', 'Ana Silva', 'kept mum about', 'the ferry contract']]);
  });

  it('no cue when the words report nothing', () => {
    expect(reported('The choir sounded a high note at the end of the hymn.')).toEqual([]);
    expect(reported('The sheriff took several shots before the deer fell.')).toEqual([]);
    expect(reported('Mayor Tom Reyes had few words left after the long meeting.')).toEqual([]);
    expect(reported('The painter drew a contrast between light and shade.')).toEqual([]);
  });
});

describe('reported speech: a relative clause with no relative word', () => {
  it('reports the noun phrase before a name or pronoun whose cue has no object of its own', () => {
    expect(reported('The ferry toll was not the outcome Mayor Tom Reyes wanted.')).toEqual([['indirect', 'Tom Reyes', 'wanted', 'the outcome']]);
    expect(reported('The council finally passed the levy that Senator Paula Grant opposed.')).toEqual([['indirect', 'Paula Grant', 'opposed', 'the levy']]);
    expect(reported('The harbor board built the pier Mayor Tom Reyes criticized.')).toEqual([['indirect', 'Tom Reyes', 'criticized', 'the pier']]);
  });

  it('no relative clause after a verb that takes an addressee, after a comma, or in an adverbial', () => {
    expect(reported('Governor Ana Silva told the board she agreed.')).toEqual([]);
    expect(reported('In the end Mayor Tom Reyes agreed.')).toEqual([]);
    expect(reported('The day Mayor Tom Reyes resigned, the harbor closed.')).toEqual([]);
  });
});
