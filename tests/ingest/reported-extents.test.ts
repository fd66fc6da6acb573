import { extractArticle } from '../../src/ingest/extract-article';
import { type Row, reportedNamed as reported } from './article-rows';

describe('reported speech: an attribution set off inside its content', () => {
  it('an addressee may stand between the cue and the comma that resumes the content', () => {
    expect(reported('And, Mayor Lena Ortiz told the crowd, the new ferry line will open in the spring.')).toEqual([
      ['indirect', 'Lena Ortiz', 'told', 'the new ferry line will open in the spring'],
    ]);
    expect(reported('Instead, Governor Ana Silva told reporters, the state would borrow against next year’s taxes.')).toEqual([
      ['indirect', 'Ana Silva', 'told', 'the state would borrow against next year’s taxes'],
    ]);
  });

  it('the part after the aside may be a short predicate', () => {
    expect(reported('The new ferry, Lena Ortiz says, is different.')).toEqual([['indirect', 'Lena Ortiz', 'says', 'The new ferry is different']]);
  });

  it('a one-word lead is part of the content', () => {
    expect(reported('Patience, Ines Vidal noted, has never been a virtue of the harbor board.')).toEqual([
      ['indirect', 'Ines Vidal', 'noted', 'Patience has never been a virtue of the harbor board'],
    ]);
    expect(reported('In 1998, Tom Reyes said, the mill had already cut half of its workers.')).toEqual([
      ['indirect', 'Tom Reyes', 'said', 'In 1998 the mill had already cut half of its workers'],
    ]);
  });
});

describe('reported speech: a participle after a quotation closing with a comma', () => {
  it('ends the clause before it and reports its own content', () => {
    expect(reported('The mayor said the plan was "a disaster," adding that the council had not asked its engineers.')).toEqual([
      ['mixed', 'The mayor', 'said', 'the plan was "a disaster,"'],
      ['indirect', 'The mayor', 'adding', 'the council had not asked its engineers'],
    ]);
  });
});

describe('reported speech: a finding a poll reports', () => {
  it('the clause before "in … poll" is the finding, the poll its source as written', () => {
    expect(reported('Mayor Lena Ortiz holds a nine-point lead over her rival in the latest Marist poll.')).toEqual([
      ['indirect', 'the latest Marist poll', 'in', 'Mayor Lena Ortiz holds a nine-point lead over her rival'],
    ]);
    expect(reported('The governor flew to Ohio, where she has trailed in national polls since May.')).toEqual([
      ['indirect', 'national polls since May', 'in', 'she has trailed'],
    ]);
  });

  it('no finding: taking part in a poll, a polling place, a noun phrase, a speaker in the poll', () => {
    expect(reported('Some 900 farmers took part in the survey.', 'Two volunteers waited in front of a polling place in Salem.', 'Despite her standing in the polls, the mayor kept quiet.')).toEqual([]);
    expect(reported('About 60 percent of farmers said they backed the levy in the county survey.').map((r) => r[2])).not.toContain('in');
  });
});

describe('hostile input for the content rules, just under the 1 MB limit', () => {
  const fill = (unit: string): string => unit.repeat(Math.floor(990_000 / unit.length));
  it.each([
    ['findings in polls', fill('Ortiz holds a lead in the new poll, and Reyes trails in state polls. ')],
    ['asides with addressees', fill('And, Ortiz told reporters, the levy "will pass," adding that it must. ')],
  ])('%s finish in time', (_name, body) => {
    const started = Date.now();
    extractArticle(`Headline of the story\n\n${body}`);
    expect(Date.now() - started).toBeLessThan(60_000);
  });
});

describe('reported speech: a nominal cue without a possessor', () => {
  it('reads its complement, and the subject of the verb it is the object of', () => {
    expect(reported('Mayor Lena Ortiz voiced sharp criticism of the ballot count.')).toContainEqual(['indirect', 'Lena Ortiz', 'criticism of', 'the ballot count']);
    expect(reported('The council was flooded with requests for a second hearing.').map((r) => [r[2], r[3]])).toEqual([['requests for', 'a second hearing']]);
    expect(reported('The plan drew sharp criticism of its price from farmers.').map((r) => [r[2], r[3]])).toEqual([['criticism of', 'its price from farmers']]);
    expect(reported('Residents voiced strong opposition to the new toll.').map((r) => [r[2], r[3]])).toContainEqual(['opposition to', 'to the new toll']);
    expect(reported('The union made a pledge to strike in May.').map((r) => [r[2], r[3]])).toEqual([['pledge to', 'to strike in May']]);
  });

  it('not a genitive of whose words they are, nor an addressee', () => {
    expect(reported('The concerns of farmers were ignored.', 'She sent a statement to reporters on Friday.')).toEqual([]);
  });
});

describe('reported speech: a possessive pronoun after a verb group', () => {
  it('stands for the verb’s subject when their gender agrees', () => {
    expect(reported('Senator Ines Vidal has toned down her criticism of the budget.')).toContainEqual(['indirect', 'Ines Vidal', 'criticism of', 'the budget']);
    expect(reported('Mayor Tom Reyes is lending his support to candidates in the north.')).toContainEqual(['indirect', 'Tom Reyes', 'support to', 'to candidates in the north']);
    expect(reported('The county farmers stiffened their denunciation of the school board.')).toContainEqual(['indirect', 'The county farmers', 'denunciation of', 'the school board']);
  });

  it('not a subject of the other gender; past a negated verb, whom the pronoun means', () => {
    const callFor = (s: string): (string | null)[] => reported(s).filter((r) => r[2] === 'call for').map((r) => r[1]);
    expect(callFor('Mayor Tom Reyes mocked her call for a recount.')).toEqual([null]);
    // Not renewing a call leaves it his: "his" means the one person before it of that gender.
    expect(callFor('Mayor Tom Reyes did not renew his call for a recount.')).toEqual(['Tom Reyes']);
  });
});

describe('reported speech: where the content after a cue starts', () => {
  it('after "that" and a comma that sets off an adverbial', () => {
    expect(reported('Mayor Lena Ortiz said that, if the levy passes, the ferry will run all winter.')).toEqual([
      ['indirect', 'Lena Ortiz', 'said', 'if the levy passes, the ferry will run all winter'],
    ]);
  });

  it('past a long addressee set off by commas, up to "that"', () => {
    expect(reported('Governor Ana Silva is telling a packed hall in Salem, Oregon, on the last day of the race that she will not raise taxes.')).toEqual([
      ['indirect', 'Ana Silva', 'is telling', 'she will not raise taxes'],
    ]);
  });

  it('past where the addressee was, before the reported clause opens', () => {
    expect(reported('Mayor Lena Ortiz told a union gathering in Denver she will protect the pensions of retirees.')).toEqual([
      ['indirect', 'Lena Ortiz', 'told', 'she will protect the pensions of retirees'],
    ]);
  });

  it('a participle after a contracted "is"', () => {
    expect(reported('Tom Reyes met the board on Monday.', 'He’s predicting the mill will reopen by June.').map((r) => [r[2], r[3]])).toEqual([['’s predicting', 'the mill will reopen by June']]);
  });
});

describe('reported speech: content before a closing cue', () => {
  it('a comma inside the closing quotation still ends the content', () => {
    expect(reported('Most of the drivers are "very, very pro-union," Tom Reyes said.')).toEqual([['mixed', 'Tom Reyes', 'said', 'Most of the drivers are "very, very pro-union,"']]);
    expect(reported('The new toll is "a disaster," said Lena Ortiz.')).toEqual([['mixed', 'Lena Ortiz', 'said', 'The new toll is "a disaster,"']]);
  });

  it('a short prepositional phrase may follow the closing cue', () => {
    expect(reported('The ferry will run all winter, Ines Vidal said in an interview with the Salem Courier.')).toEqual([
      ['indirect', 'Ines Vidal', 'said', 'The ferry will run all winter'],
    ]);
  });
});

describe('reported speech: whose view an opening phrase gives', () => {
  it('"In X’s view," and "In the words of X," report the rest of the sentence', () => {
    expect(reported('In Lena Ortiz’s view, the ferry should run all winter.')).toEqual([['indirect', 'Lena Ortiz', 'In Lena Ortiz’s view', 'the ferry should run all winter']]);
    expect(reported('In the words of one aide, the campaign is running on fumes.')).toEqual([['indirect', 'one aide', 'In the words of one aide', 'the campaign is running on fumes']]);
  });
});

describe('reported speech: a cue in an opening subordinate clause', () => {
  it('reports up to the comma closing the clause when the main clause reports too', () => {
    expect(reported('When the dockworkers argued that the port was unsafe, former harbor master Ines Vidal insisted that the cranes were sound.')).toEqual([
      ['indirect', 'the dockworkers', 'argued', 'the port was unsafe'],
      ['indirect', 'Ines Vidal', 'insisted', 'the cranes were sound'],
    ]);
    expect(reported('As Ada Holt argued that ferries, buses and trains should be free, the council chairman insisted that fares must rise.')).toEqual([
      ['indirect', 'Ada Holt', 'argued', 'ferries, buses and trains should be free'],
      ['indirect', 'the council chairman', 'insisted', 'fares must rise'],
    ]);
  });

  it('a description resolved to someone opens the main clause, so it ends the clause before it', () => {
    expect(reported('Senator Tom Reyes spoke at the harbor on Friday.', 'After the reporter noted that the ferry was late again, the senator said the schedule would change.')).toEqual([
      ['indirect', 'the reporter', 'noted', 'the ferry was late again'],
      ['indirect', 'Tom Reyes', 'said', 'the schedule would change'],
    ]);
  });

  it('a time phrase before the comma is no content: the "as" clause reports the main clause', () => {
    expect(reported('As the county paper reported on Monday, the harbor board will sell the old pier.')).toEqual([
      ['indirect', 'the county paper', 'reported', 'the harbor board will sell the old pier'],
    ]);
  });
});

describe('reported speech: an object before a relative clause that reports', () => {
  it('ends before the relative clause, which stands as its own attribution', () => {
    expect(reported('Mayor Ana Reyes praised harbor master Ines Vidal, who has vowed to keep the docks open all winter.')).toEqual([
      ['indirect', 'Ana Reyes', 'praised', 'harbor master Ines Vidal'],
      ['indirect', 'Ines Vidal', 'has vowed', 'to keep the docks open all winter'],
    ]);
  });

  it('a reported clause keeps a relative clause inside it', () => {
    expect(reported('Mayor Ana Reyes said the ferry, which the council praised last year, would stop running.')).toEqual([
      ['indirect', 'Ana Reyes', 'said', 'the ferry, which the council praised last year, would stop running'],
    ]);
  });
});

describe('reported speech: a nominal cue before a question word', () => {
  it('reports the whole clause, its verb included', () => {
    expect(reported('Ada Holt raised questions about whether the port will reopen this year.')).toEqual([
      ['indirect', 'Ada Holt', 'raised', 'questions about whether the port will reopen this year'],
      ['indirect', 'Ada Holt', 'questions about', 'whether the port will reopen this year'],
    ]);
  });

  it('a noun phrase complement still ends before the main verb', () => {
    expect(reported('Her criticism of the new levy has cost the mayor dearly.').map((r) => r[3])).toEqual(['the new levy']);
  });
});

describe('reported speech: an object before a subordinate clause that reports', () => {
  it('ends before "because", "by", "after" when the clause holds an attribution of its own', () => {
    expect(reported('Mayor Ana Reyes is backing the ferry plan because she worries the bridge would cost too much.')).toEqual([
      ['indirect', 'Ana Reyes', 'is backing', 'the ferry plan'],
      ['indirect', 'Ana Reyes', 'worries', 'the bridge would cost too much'],
    ]);
    expect(reported('Ines Vidal distanced herself from the union by saying she would work with any board.')).toEqual([
      ['indirect', 'Ines Vidal', 'distanced herself from', 'the union'],
      ['indirect', 'Ines Vidal', 'saying', 'she would work with any board'],
    ]);
    expect(reported('Tom Holt lashed out at the harbor board after its chairman claimed the docks were safe.')).toEqual([
      ['indirect', 'Tom Holt', 'lashed out at', 'the harbor board'],
      ['indirect', 'its chairman', 'claimed', 'the docks were safe'],
    ]);
  });

  it('a reported clause keeps its subordinate clause', () => {
    expect(reported('Ada Holt said the levy would pass because voters believe the port needs repairs.')).toEqual([
      ['indirect', 'Ada Holt', 'said', 'the levy would pass because voters believe the port needs repairs'],
      ['indirect', 'voters', 'believe', 'the port needs repairs'],
    ]);
  });
});

describe('reported speech: a verb phrase after ", then"', () => {
  it('shares the subject and ends the content before it', () => {
    expect(reported('Ann Reyes criticized Tom Singer, then challenged him to a debate.')).toEqual([
      ['indirect', 'Ann Reyes', 'criticized', 'Tom Singer'],
      ['indirect', 'Ann Reyes', 'then challenged', 'him to a debate'],
    ]);
    expect(reported('Tom Holt said the ferry was late and then urged the board to buy a new boat.')).toEqual([
      ['indirect', 'Tom Holt', 'said', 'the ferry was late'],
      ['indirect', 'Tom Holt', 'then urged', 'the board to buy a new boat'],
    ]);
  });
});

describe('reported speech: an adjective in -ing inside an object', () => {
  it('is no participle when "and" or "or" follows it', () => {
    expect(reported('Ana Reyes called the ferry captain a calm, caring and patient man.')).toEqual([
      ['indirect', 'Ana Reyes', 'called', 'the ferry captain a calm, caring and patient man'],
    ]);
  });

  it('a participle after the object still ends it', () => {
    expect(reported('Ada Holt endorsed Tom Lee, saying he would fix the port.')).toEqual([
      ['indirect', 'Ada Holt', 'endorsed', 'Tom Lee'],
      ['indirect', 'Ada Holt', 'saying', 'he would fix the port'],
    ]);
  });
});

describe('reported speech: a quotation someone else introduces inside a content', () => {
  it('ends the content before its attribution', () => {
    const after = (s: string): Row[] => reported(s).filter((r) => r[2] === 'urged');
    expect(after('Ada Holt urged the council to delay the vote on the ferry, and the mayor answered, “We have waited long enough.”')).toEqual([
      ['indirect', 'Ada Holt', 'urged', 'the council to delay the vote on the ferry'],
    ]);
    expect(after('Ada Holt urged the council to delay the vote on the ferry, the mayor answered: “We have waited long enough.”')).toEqual([
      ['indirect', 'Ada Holt', 'urged', 'the council to delay the vote on the ferry'],
    ]);
  });
});
