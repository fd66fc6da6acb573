import { reported } from './article-rows';

describe('reported speech: a cue in an infinitive', () => {
  it('a purpose infinitive after an occasion speaks for the clause subject', () => {
    expect(
      reported(
        'Marta Quell took to Twitter to say that the ferry would stop running in June.',
        'The harbor board held a news conference to announce that fares would double.',
        'Fishermen went on local radio to complain that the new quotas were unfair.',
      ),
    ).toEqual([
      ['indirect', 'Marta Quell', 'say', 'the ferry would stop running in June'],
      ['indirect', 'The harbor board', 'announce', 'fares would double'],
      ['indirect', 'Fishermen', 'complain', 'the new quotas were unfair'],
    ]);
  });

  it('past an appositive or relative clause set off after the subject', () => {
    expect(reported('Marta Quell, who runs the ferry line, went on local radio on Friday to say the boats would stop in June.')).toEqual([
      ['indirect', 'Marta Quell', 'say', 'the boats would stop in June'],
    ]);
  });

  it('a purpose or catenative infinitive after any verb group speaks for the clause subject', () => {
    expect(
      reported(
        'Dana Reyes will come on the program tonight to talk about the ferry budget.',
        'Marta Quell pivoted with every answer to talk about what she sees as the real problem.',
        'The harbor council has done nothing to explain the new fares.',
        'Ada Holt paused to praise the ferry crew.',
        'Dana Reyes traveled on the early ferry from the island with two aides last week to argue that fares should fall.',
      ),
    ).toEqual([
      ['indirect', 'Dana Reyes', 'talk about', 'the ferry budget'],
      ['indirect', 'Marta Quell', 'talk about', 'what she sees as the real problem'],
      ['indirect', 'The harbor council', 'explain', 'the new fares'],
      ['indirect', 'Ada Holt', 'praise', 'the ferry crew'],
      ['indirect', 'Dana Reyes', 'argue', 'fares should fall'],
    ]);
  });

  it('the subject after an opening phrase or clause set off by a comma', () => {
    expect(
      reported(
        'At one point, Marta Quell stopped the hearing to criticize the harbor board.',
        'When the vote came, the council chair went to the microphone to say the fares would rise.',
        'As she has done before, Dana Reyes used the hearing to argue that the fares were too high.',
      ),
    ).toEqual([
      ['indirect', 'Marta Quell', 'criticize', 'the harbor board'],
      ['indirect', 'the council chair', 'say', 'the fares would rise'],
      ['indirect', 'Dana Reyes', 'argue', 'the fares were too high'],
    ]);
  });

  it('no stance of the subject: a schedule, a deadline or a hedge', () => {
    expect(reported('Dana Reyes is scheduled to address the harbor council on Monday.')).toEqual([]);
    expect(reported('Dana Reyes was slated to discuss the ferry budget with the council.')).toEqual([]);
    expect(reported('After the vote, the harbor board has until May to announce the new fares.')).toEqual([]);
    expect(reported('Dana Reyes is unlikely to discuss the ferry budget with the council.')).toEqual([]);
  });

  it('after a causative its object speaks', () => {
    expect(
      reported(
        'The closure led Dorian Welk to declare that the port was finished.',
        'The long delay has prompted some shop owners to warn that they may move away.',
      ),
    ).toEqual([
      ['indirect', 'Dorian Welk', 'declare', 'the port was finished'],
      ['indirect', 'some shop owners', 'warn', 'they may move away'],
    ]);
  });

  it('no speaker and no report: no occasion, an errand, a pronoun object, a clause between', () => {
    expect(reported('The harbor board has until May to announce that fares will double.')).toEqual([]);
    expect(reported('Marta Quell went to the market to buy fish and to say goodbye.')).toEqual([]);
    expect(reported('The closure led him to declare that the port was finished.')).toEqual([]);
    expect(reported('Marta Quell took the ferry because she had an hour to say that the port was finished.')).toEqual([]);
  });

  it('after a superlative noun phrase for people, the subject of the copula takes the stance', () => {
    expect(
      reported(
        'Ada Holt was the first member of the council to endorse Dana Reyes.',
        'Two senators were the only Republicans to vote against the final bill.',
        'Marta Quell is one of only a dozen mayors to criticize the ferry plan.',
      ),
    ).toEqual([
      ['indirect', 'Ada Holt', 'endorse', 'Dana Reyes'],
      ['indirect', 'Two senators', 'vote against', 'the final bill'],
      ['indirect', 'Marta Quell', 'criticize', 'the ferry plan'],
    ]);
  });

  it('no stance after a superlative that names no people or opens a clause', () => {
    expect(reported('It was the first time to praise the ferry crew in public.')).toEqual([]);
    expect(reported('Ada Holt was the last person he wanted to praise in public.')).toEqual([]);
    expect(reported('Ada Holt was the only member of the council that day who came to endorse the plan.')).toEqual([]);
  });
});
