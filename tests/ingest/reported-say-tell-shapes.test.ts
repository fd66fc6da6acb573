import { reported } from './article-rows';

describe('reported speech: what stands between "said" or "told" and the reported clause', () => {
  it('a duration after the cue is no part of the content', () => {
    expect(
      reported(
        'Dorian Welk has said for weeks the ferry will sail on Saturday.',
        'Marta Quell has claimed for the past two years that the harbor fees are too high.',
      ),
    ).toEqual([
      ['indirect', 'Dorian Welk', 'has said', 'the ferry will sail on Saturday'],
      ['indirect', 'Marta Quell', 'has claimed', 'the harbor fees are too high'],
    ]);
  });

  it('an addressee of two names joined by "and" is no part of the content', () => {
    expect(reported('Dorian Welk told the Ledger and Courier on Monday that the ferry will sail on Saturday.')).toEqual([
      ['indirect', 'Dorian Welk', 'told', 'the ferry will sail on Saturday'],
    ]);
  });

  it('"about" before a share opens the reported clause, not a topic', () => {
    expect(reported('The harbor office said about half of the ferries sail late.')).toEqual([['indirect', 'The harbor office', 'said', 'about half of the ferries sail late']]);
  });

  it('"said about" a topic is still no part of the content', () => {
    expect(reported('The harbor office said about the ferries that they run late.')).toEqual([['indirect', 'The harbor office', 'said', 'they run late']]);
  });

  it('pollsters are the addressee of "tell"', () => {
    expect(reported('Most riders tell pollsters the ferry runs late.')).toEqual([['indirect', 'Most riders', 'tell', 'the ferry runs late']]);
  });
});

describe('reported speech: a share of those polled as the subject of "say"', () => {
  it('"at least half", "about one in five", "as many as two-thirds" open the source', () => {
    expect(
      reported(
        'At least half of riders in each town say the fares are fair.',
        'About one in five say they would drive instead.',
        'As many as two-thirds of them say the schedule is too thin.',
      ),
    ).toEqual([
      ['indirect', 'At least half of riders in each town', 'say', 'the fares are fair'],
      ['indirect', 'About one in five', 'say', 'they would drive instead'],
      ['indirect', 'As many as two-thirds of them', 'say', 'the schedule is too thin'],
    ]);
  });
});

describe('reported speech: "tell" with an addressee, then a question word', () => {
  it('the addressee is no part of the content, which opens with the question word', () => {
    expect(reported('Mayor Ines Roldan is telling residents how she saved the old mill.', 'Ines Roldan told everyone why the bridge was shut.')).toEqual([
      ['indirect', 'Ines Roldan', 'is telling', 'how she saved the old mill'],
      ['indirect', 'Ines Roldan', 'told', 'why the bridge was shut'],
    ]);
  });
});

describe('reported speech: "told" with an addressee, then an infinitive', () => {
  it('what the addressee was told to do is the content, the addressee with it', () => {
    expect(reported('Ines Roldan told Tomas Greer to step aside.', 'Ines Roldan told residents to boil their water.')).toEqual([
      ['indirect', 'Ines Roldan', 'told', 'Tomas Greer to step aside'],
      ['indirect', 'Ines Roldan', 'told', 'residents to boil their water'],
    ]);
  });

  it('"said to be" is hearsay with no source', () => {
    expect(reported('The old mill is said to be haunted.')).toEqual([['indirect', null, 'is said', 'The old mill is said to be haunted']]);
  });
});

describe('reported speech: a cue closing the clause it follows', () => {
  it('an addressee such as "a Senate panel" may follow the closing cue', () => {
    expect(reported('The night ferry will run until June, Ines Roldan told a Senate panel Wednesday.')).toEqual([
      ['indirect', 'Ines Roldan', 'told', 'The night ferry will run until June'],
    ]);
  });

  it('a semicolon after the closing cue opens the next clause', () => {
    expect(reported('The ferry will need a new dock by spring, harbor engineers say; in 2019, the last dock took a year.')).toEqual([
      ['indirect', 'harbor engineers', 'say', 'The ferry will need a new dock by spring'],
    ]);
  });
});
