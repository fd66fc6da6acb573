import { reported } from './article-rows';

describe('reported speech: a noun lemma after a plural subject', () => {
  it('reads the base form as a verb after a plural noun for people', () => {
    expect(
      reported(
        'Many residents doubt that the canal will be finished by spring.',
        'County Republicans plan to block the budget next week.',
        'Critics view the merger as a quiet takeover of the port.',
      ),
    ).toEqual([
      ['indirect', 'Many residents', 'doubt', 'the canal will be finished by spring'],
      ['indirect', 'County Republicans', 'plan', 'to block the budget next week'],
      ['indirect', 'Critics', 'view', 'the merger as a quiet takeover of the port'],
    ]);
  });

  it('keeps the noun a noun after a singular determiner or a preposition', () => {
    // "doubt" is read as the possessor's stance noun ("doubt about"), as after a name's possessive, never as a verb.
    expect(reported('A police report on the crash was released on Friday.', 'The residents’ doubt about the canal has grown.')).toEqual([
      ['indirect', 'residents', 'doubt about', 'the canal'],
    ]);
  });
});

describe('reported speech: stance adjectives after a copula', () => {
  it('reads a form listed as a verb as the adjective after "is"', () => {
    expect(reported('The port authority is worried that the strike could spread to the rail yards.')).toEqual([
      ['indirect', 'The port authority', 'is worried', 'the strike could spread to the rail yards'],
    ]);
  });

  it('takes "well", "most" and new adjectives with their prepositions', () => {
    expect(
      reported(
        'Dock workers are well aware of the risks of a long strike.',
        'Mayor Lena Ortiz is most proud of the new library.',
        'Several board members are confident in the new director.',
        'Parents were upset that the district closed two schools.',
      ),
    ).toEqual([
      ['indirect', 'Dock workers', 'are well aware of', 'the risks of a long strike'],
      ['indirect', 'Lena Ortiz', 'is most proud of', 'the new library'],
      ['indirect', 'Several board members', 'are confident in', 'the new director'],
      ['indirect', 'Parents', 'were upset', 'the district closed two schools'],
    ]);
  });

  it('a phrase listed as an adjective keeps its preposition', () => {
    expect(reported('The engineers were worried about the old bridge.')).toEqual([['indirect', 'The engineers', 'were worried about', 'the old bridge']]);
  });
});

describe('reported speech: talking about a topic', () => {
  it('takes a phrase with an adverb of degree or "at length" inside it, and "talk of" as a verb', () => {
    expect(
      reported(
        'Mayor Tom Reyes spoke at length about the flood.',
        'Senator Paula Grant now talks freely of her years on the school board.',
        'The council talked a lot about parking.',
        'Governor Ana Silva talked of new rules for the harbor.',
      ),
    ).toEqual([
      ['indirect', 'Tom Reyes', 'spoke at length about', 'the flood'],
      ['indirect', 'Paula Grant', 'now talks freely of', 'her years on the school board'],
      ['indirect', 'The council', 'talked a lot about', 'parking'],
      ['indirect', 'Ana Silva', 'talked of', 'new rules for the harbor'],
    ]);
  });

  it('"talk of" after a determiner is a noun, and "more" before a preposition is no adverb inside a cue', () => {
    // Read as a noun: talk no one in the phrase voices, of what it is about (reported-topic-nouns.ts).
    expect(reported('The talk of a new stadium faded.', 'The plan relies more on state money.')).toEqual([['indirect', null, 'talk of', 'a new stadium']]);
  });
});

describe('reported speech: what someone is known for', () => {
  it('reads "is known for" and "is best known for" as a judgement with no source', () => {
    expect(reported('Judge Ada Holt is known for speaking her mind from the bench.', 'The bakery is best known for its rye bread.')).toEqual([
      ['indirect', null, 'is known', 'Judge Ada Holt is known for speaking her mind from the bench'],
      ['indirect', null, 'is best known', 'The bakery is best known for its rye bread'],
    ]);
  });

  it('a preposition left without its object before the main verb reports nothing', () => {
    expect(reported('The easy charm he is known for has faded this year.')).toEqual([]);
  });
});
