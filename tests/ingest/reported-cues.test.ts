import { CUES, cueForms, ingOf, pastOf, thirdPerson } from '../../src/ingest/attribution/reported-cues';
import { reported } from './article-rows';

describe('reporting cue lemmas: generated forms', () => {
  it('inflects regular, doubling and -y verbs', () => {
    expect([thirdPerson('push'), thirdPerson('deny'), thirdPerson('say'), thirdPerson('veto')]).toEqual(['pushes', 'denies', 'says', 'vetoes']);
    expect([pastOf('note'), pastOf('deny'), pastOf('plan'), pastOf('admit', true), pastOf('visit'), pastOf('vow')]).toEqual(['noted', 'denied', 'planned', 'admitted', 'visited', 'vowed']);
    expect([ingOf('note'), ingOf('agree'), ingOf('argue'), ingOf('plan'), ingOf('refer', true), ingOf('lie')]).toEqual(['noting', 'agreeing', 'arguing', 'planning', 'referring', 'lying']);
  });

  it('a phrasal lemma inflects its verb; an irregular past is given; a noun lemma has no base form', () => {
    expect(cueForms('call for', { frame: 'object' }).map(([form]) => form)).toEqual(['call for', 'calls for', 'called for', 'calling for']);
    expect(cueForms('lay out', { frame: 'object', past: 'laid' }).map(([form]) => form)).toEqual(['lay out', 'lays out', 'laid out', 'laying out']);
    expect(cueForms('report', { frame: 'object', noun: true }).map(([form]) => form)).toEqual(['reports', 'reported', 'reporting']);
    expect(cueForms('attack', { frame: 'object', noun: true, plural: true }).map(([form]) => form)).toEqual(['attacked', 'attacking']);
    expect(() => cueForms('ponder', { frame: 'sentence' })).toThrow(/frame/);
  });

  it('only the -ing form is a participle cue; the listed forms keep their frames', () => {
    expect(CUES.get('weighing in on')?.participle).toBe(true);
    expect(CUES.get('weighed in on')?.participle).toBe(false);
    expect(CUES.get('told')).toEqual({ object: 'required', participle: false, frame: 'clause' });
  });
});

describe('reported speech: the long tail of cues', () => {
  it('phrasal cues from the lemma list', () => {
    expect(
      reported('Mayor Lena Ortiz lashed out at the transit board.', 'Governor Ana Silva weighed in on the dispute over the dam.', 'The union has called for a strike vote in May.'),
    ).toEqual([
      ['indirect', 'Lena Ortiz', 'lashed out at', 'the transit board'],
      ['indirect', 'Ana Silva', 'weighed in on', 'the dispute over the dam'],
      ['indirect', 'The union', 'has called for', 'a strike vote in May'],
    ]);
  });

  it('a cue only before "that" or an infinitive reports nothing otherwise', () => {
    expect(reported('The appeals court ruled that the map was drawn unfairly.', 'The old king ruled the valley for forty years.')).toEqual([
      ['indirect', 'The appeals court', 'ruled', 'the map was drawn unfairly'],
    ]);
    expect(reported('Sales of the new model declined sharply in March.')).toEqual([]);
  });

  it('stance adjectives after a form of "be"', () => {
    expect(reported('Senator Paula Grant has been critical of the harbor deal.', 'Mayor Tom Reyes is confident that the bridge will open on time.', 'The ferry is sure to be late.')).toEqual([
      ['indirect', 'Paula Grant', 'has been critical of', 'the harbor deal'],
      ['indirect', 'Tom Reyes', 'is confident', 'the bridge will open on time'],
    ]);
  });

  it('the copula before a stance adjective is no part of a source noun phrase or pronoun', () => {
    expect(reported('Ms. Ada Henry and other union leaders remain confident that their members will stay.')).toEqual([
      ['indirect', 'Ms. Ada Henry and other union leaders', 'remain confident', 'their members will stay'],
    ]);
    expect(reported('I am fully aware that many of you doubt the plan.')).toEqual([['indirect', 'I', 'am fully aware', 'many of you doubt the plan']]);
    expect(reported('The dairy farmers seemed skeptical of the new levy.')).toEqual([['indirect', 'The dairy farmers', 'seemed skeptical of', 'the new levy']]);
  });

  it('no stance after a modal: a guess at a stance reports none', () => {
    expect(reported('The harbor board may now be more willing to delay the vote.')).toEqual([]);
    expect(reported('The harbor board is more willing to delay the vote.')).toEqual([['indirect', 'The harbor board', 'is more willing to', 'delay the vote']]);
  });
});

describe('reported speech: between the subject and its cue', () => {
  it('adverbs, "continued to" and the progressive', () => {
    expect(
      reported(
        'Senator Paula Grant even suggested that the vote be delayed.',
        'Mayor Tom Reyes continued to complain that the budget was too small.',
        'Governor Ana Silva is telling voters that the tax will fall.',
      ),
    ).toEqual([
      ['indirect', 'Paula Grant', 'even suggested', 'the vote be delayed'],
      ['indirect', 'Tom Reyes', 'continued to complain', 'the budget was too small'],
      ['indirect', 'Ana Silva', 'is telling', 'the tax will fall'],
    ]);
  });

  it('an object or an adverbial no pattern reads, up to "that"', () => {
    expect(
      reported('Senator Paula Grant told a packed hall in the old mill town that the factory would reopen.', 'Mayor Tom Reyes said after a long meeting on Friday that the levy would stay.'),
    ).toEqual([
      ['indirect', 'Paula Grant', 'told', 'the factory would reopen'],
      ['indirect', 'Tom Reyes', 'said', 'the levy would stay'],
    ]);
  });
});

describe('reported speech: passives and raising verbs', () => {
  it('the agent after "by" is the source of a passive cue', () => {
    expect(reported('The harbor plan was rejected by most of the fishermen.')).toEqual([['indirect', 'most of the fishermen', 'was rejected by', 'The harbor plan']]);
    expect(reported('The harbor was dredged by the county last year.')).toEqual([]);
  });

  it('"seems", "appears" and "is expected" report a stance with no source', () => {
    expect(reported('The new bridge is expected to open in the spring.', 'It appears that the ferry will stop running.', 'The mayor appeared on the local news.')).toEqual([
      ['indirect', null, 'is expected', 'The new bridge is expected to open in the spring'],
      ['indirect', null, 'appears', 'the ferry will stop running'],
    ]);
  });

  it('a raising verb after a pronoun or no subject reports its complement; "it seems" may take a bare clause or an aside', () => {
    expect(reported('At the hearing, she appeared to soften her stand on the toll.', 'The clerk will attend but is not expected to speak at the meeting.')).toEqual([
      ['indirect', null, 'appeared', 'to soften her stand on the toll'],
      ['indirect', null, 'is not expected', 'to speak at the meeting'],
    ]);
    expect(reported('It seems the council has too many members.', 'It appears, though, that the ferry will keep running.', 'The vote appears closer in the east.')).toEqual([
      ['indirect', null, 'seems', 'the council has too many members'],
      ['indirect', null, 'appears', 'the ferry will keep running'],
      ['indirect', null, 'appears', 'The vote appears closer in the east'],
    ]);
    expect(reported('It seems to rain every day here.', 'It appears in the spring.', 'It seems to me a fair price.')).toEqual([]);
  });

  it('"it seems" and "it is expected" before an adjective or an infinitive report that complement', () => {
    expect(reported('It now seems likely that the ferry will run again.', 'The toll rose last year. It is expected to rise again in the spring.')).toEqual([
      ['indirect', null, 'now seems', 'likely that the ferry will run again'],
      ['indirect', null, 'is expected', 'to rise again in the spring'],
    ]);
  });

  it('"reportedly" and "allegedly" report the clause they stand in, with no source', () => {
    expect(reported('The ferry company reportedly weighed a bid for the pier.', 'A clerk allegedly shredded the ballots.')).toEqual([
      ['indirect', null, 'reportedly', 'The ferry company reportedly weighed a bid for the pier'],
      ['indirect', null, 'allegedly', 'A clerk allegedly shredded the ballots'],
    ]);
  });

  it('"asked about …" set off by a comma or after "when" reports the question, with no source', () => {
    expect(reported('The mayor, asked about the flood wall, gave no answer.', 'The clerk smiled when asked whether the vote had been fair.', 'Asked Tuesday about the budget, the mayor left the room.')).toEqual([
      ['indirect', null, 'asked about', 'the flood wall'],
      ['indirect', null, 'when asked', 'whether the vote had been fair'],
      ['indirect', null, 'Asked', 'about the budget'],
    ]);
  });
});

describe('reported speech: conditionals, contractions, asides, reduced relatives', () => {
  it('"said if …" reports the conditional; "she\'s predicted" is a cue after a contracted auxiliary', () => {
    expect(reported('Mayor Lena Ortiz said if the levy passes, the pier will reopen in May.')).toEqual([['indirect', 'Lena Ortiz', 'said', 'if the levy passes, the pier will reopen in May']]);
    expect(reported("Mayor Lena Ortiz spoke first. She's predicted a close vote on the levy.").map((r) => [r[2], r[3]])).toEqual([["'s predicted", 'a close vote on the levy']]);
  });

  it('"according to X" set off inside its content reports the sentence around it', () => {
    expect(reported('Since last spring, according to the harbor board, fuel prices have doubled at the pier.')).toEqual([
      ['indirect', 'the harbor board', 'according to', 'Since last spring fuel prices have doubled at the pier'],
    ]);
  });

  it('a participle after a noun phrase deep in the sentence takes the noun phrase, not the words before it', () => {
    expect(reported('Tom Reyes gave money to a group backing the clerk.', 'The flyers went to voters opposing the toll.')).toEqual([
      ['indirect', 'a group', 'backing', 'the clerk'],
      ['indirect', 'voters', 'opposing', 'the toll'],
    ]);
  });
});

describe('reported speech: more verbs of saying and stance', () => {
  it('hinting, walking back, booing, shouting, scolding report their object or clause', () => {
    expect(
      reported('Mayor Lena Ortiz hinted at a run for governor.', 'The crowd booed the county clerk.', 'Tom Reyes shouted that the count was rigged.', 'Senator Paula Grant scolded the transit board.'),
    ).toEqual([
      ['indirect', 'Lena Ortiz', 'hinted at', 'a run for governor'],
      ['indirect', 'The crowd', 'booed', 'the county clerk'],
      ['indirect', 'Tom Reyes', 'shouted', 'the count was rigged'],
      ['indirect', 'Paula Grant', 'scolded', 'the transit board'],
    ]);
  });
});

describe('reported speech: where contents end', () => {
  it('an object ends before a new clause: ", and she …", "and said", ", while …"', () => {
    expect(
      reported(
        'Governor Ana Silva praised the rangers, and she thanked the volunteers.',
        "The mayor's office denied the report and said the contract was legal.",
        'Senator Paula Grant backed the plan, while Governor Ana Silva opposed the toll and said drivers would pay too much.',
      ),
    ).toEqual([
      ['indirect', 'Ana Silva', 'praised', 'the rangers'],
      ['indirect', 'Ana Silva', 'thanked', 'the volunteers'],
      ['indirect', "The mayor's office", 'denied', 'the report'],
      ['indirect', "The mayor's office", 'said', 'the contract was legal'],
      ['indirect', 'Paula Grant', 'backed', 'the plan'],
      ['indirect', 'Ana Silva', 'opposed', 'the toll'],
      ['indirect', 'Ana Silva', 'said', 'drivers would pay too much'],
    ]);
  });
});

describe('reported speech: according to, nominal cues', () => {
  it('"according to" any noun phrase', () => {
    expect(reported('The dam will be finished by June, according to three county engineers.', 'According to state law, no boat may dock overnight at the pier.')).toEqual([
      ['indirect', 'three county engineers', 'according to', 'The dam will be finished by June'],
      ['indirect', 'state law', 'According to', 'no boat may dock overnight at the pier'],
    ]);
  });

  it('a possessive pronoun before a nominal cue is the last reported speaker; "the claim that" has no source of its own', () => {
    expect(reported('Mayor Lena Ortiz said the buses were late. Her criticism of the transit board was sharp.')).toEqual([
      ['indirect', 'Lena Ortiz', 'said', 'the buses were late'],
      ['indirect', 'Lena Ortiz', 'criticism of', 'the transit board'],
    ]);
    expect(reported('Critics dismissed the claim that the river was clean.')).toEqual([
      ['indirect', 'Critics', 'dismissed', 'the claim that the river was clean'],
      ['indirect', null, 'claim', 'the river was clean'],
    ]);
  });
});

describe('reported speech: sources', () => {
  it('a noun phrase before a relative clause; the opening noun phrase a participle shares; an addressee after a closing cue', () => {
    expect(
      reported(
        'Longtime farmers who have worked the valley for decades argue that the levy is unfair.',
        'Both parents stiffened their resolve, saying that the board had misled them.',
        'The bridge would be rebuilt by winter, the governor told them.',
      ),
    ).toEqual([
      ['indirect', 'Longtime farmers', 'argue', 'the levy is unfair'],
      ['indirect', 'Both parents', 'saying', 'the board had misled them'],
      ['indirect', 'the governor', 'told', 'The bridge would be rebuilt by winter'],
    ]);
  });

  it('members of a party, a name before a weekday, a relative pronoun after a name, "they" as written', () => {
    expect(
      reported(
        'Some Democrats think the senator should step aside.',
        'Mayor Tom Reyes Sunday night recounted his talks with the union.',
        'The vote went to Senator Paula Grant, who opposed the toll.',
        'The farmers met in the hall. They said the new levy would ruin them.',
      ),
    ).toEqual([
      ['indirect', 'Some Democrats', 'think', 'the senator should step aside'],
      ['indirect', 'Mayor Tom Reyes', 'recounted', 'his talks with the union'],
      ['indirect', 'Paula Grant', 'opposed', 'the toll'],
      ['indirect', 'They', 'said', 'the new levy would ruin them'],
    ]);
  });
});

describe('reported speech: participles without a comma, asides, questions put', () => {
  it('a participle after a preposition shares the clause subject; one after a noun phrase takes that noun phrase', () => {
    expect(
      reported(
        'Senator Paula Grant angered farmers by calling for a new levy.',
        'A new county poll showing Mayor Tom Reyes ahead was released on Monday.',
        'Voters backing the levy turned out early.',
      ),
    ).toEqual([
      ['indirect', 'Paula Grant', 'calling for', 'a new levy'],
      ['indirect', 'A new county poll', 'showing', 'Mayor Tom Reyes ahead'],
      ['indirect', 'Voters', 'backing', 'the levy'],
    ]);
  });

  it('an attribution set off after a lone connective reports what follows it; "told" past a plain addressee', () => {
    expect(
      reported('Mayor Tom Reyes spoke on Monday. Still, he said, officials have to decide who gets extra help.', 'Two farmers told the council they will register voters in May.'),
    ).toEqual([
      ['indirect', 'Tom Reyes', 'said', 'officials have to decide who gets extra help'],
      ['indirect', 'Two farmers', 'told', 'they will register voters in May'],
    ]);
  });

  it('a question put to someone is reported with no source', () => {
    expect(reported('Mayor Tom Reyes was asked about the stalled bridge, but he did not answer.', 'The senator was asked whether she would run again.')).toEqual([
      ['indirect', null, 'was asked about', 'the stalled bridge'],
      ['indirect', null, 'was asked', 'whether she would run again'],
    ]);
  });
});

describe('reported speech: phrasal and stance cues of the long tail', () => {
  it('a verb and its preposition report the prepositional object', () => {
    expect(
      reported(
        'Governor Ana Silva focused on the water shortage in the valley.',
        'Mayor Tom Reyes is counting on the farm vote in the north.',
        'Senator Paula Grant has made no secret of her ambitions.',
        'Councilman Ed Vance distanced himself from the new levy.',
        'Senator Paula Grant stopped short of calling for a recount.',
      ),
    ).toEqual([
      ['indirect', 'Ana Silva', 'focused on', 'the water shortage in the valley'],
      ['indirect', 'Tom Reyes', 'is counting on', 'the farm vote in the north'],
      ['indirect', 'Paula Grant', 'has made no secret of', 'her ambitions'],
      ['indirect', 'Ed Vance', 'distanced himself from', 'the new levy'],
      ['indirect', 'Paula Grant', 'stopped short of', 'calling for a recount'],
    ]);
  });

  it('an object cue closing its sentence reports what precedes it', () => {
    expect(reported('The mayor spent twice her travel budget last year, county records show.', 'The new ferry is late again, the harbor board admitted.', 'The old mill closed in May, the town celebrated.')).toEqual([
      ['indirect', 'county records', 'show', 'The mayor spent twice her travel budget last year'],
      ['indirect', 'the harbor board', 'admitted', 'The new ferry is late again'],
    ]);
  });

  it('verbs of stance are cues, a vote among them (as "voted for"); acts (a veto, a lawsuit) are not statements', () => {
    expect(reported('Mayor Tom Reyes decried the closure of the clinic.', 'The council voted to delay the bridge.', 'The union sued the city over the layoffs.')).toEqual([
      ['indirect', 'Tom Reyes', 'decried', 'the closure of the clinic'],
      ['indirect', 'The council', 'voted', 'to delay the bridge'],
    ]);
  });

  it('a stance adjective before "that" or "with" after a copula, or set off with no copula', () => {
    expect(reported('Several growers are concerned that the rains will come late.', 'Grace Holt was frustrated with the pace of the repairs.', 'Grace Holt left, concerned about the rain.')).toEqual([
      ['indirect', 'Several growers', 'are concerned', 'the rains will come late'],
      ['indirect', 'Grace Holt', 'was frustrated with', 'the pace of the repairs'],
      ['indirect', 'Grace Holt', 'concerned about', 'the rain'],
    ]);
  });
});

describe('reported speech: what stays out', () => {
  it('a cue negated with a contraction, a stance adjective before its noun', () => {
    expect(reported('Mayor Tom Reyes didn’t say the levy had failed.', 'A confident Senator Ana Silva toured the mill that the reforms had saved.')).toEqual([]);
  });

  it('a negated cue denies no clause, and reports nothing of a cue that names no stance', () => {
    expect(reported('Governor Ana Silva has never claimed the bridge was safe.', 'The harbor board had not asked its engineers.', 'Mayor Tom Reyes won’t seek a second term.')).toEqual([]);
  });

  it('party members are people, not the party', () => {
    expect(reported('The Republican Party met in June.', 'Republicans are slamming the governor for the delay.')).toEqual([['indirect', 'Republicans', 'are slamming', 'the governor for the delay']]);
  });
});

describe('reported speech: negated stances and open questions', () => {
  it('a negated stance verb reports its noun phrase or infinitive, with the negation in the cue', () => {
    expect(
      reported('Mayor Tom Reyes didn’t apologize for his remarks.', 'Governor Ana Silva has not endorsed either candidate in the runoff.', 'Senator Paula Grant does not want to delay the vote.'),
    ).toEqual([
      ['indirect', 'Tom Reyes', 'didn’t apologize for', 'his remarks'],
      ['indirect', 'Ana Silva', 'has not endorsed', 'either candidate in the runoff'],
      ['indirect', 'Paula Grant', 'does not want', 'to delay the vote'],
    ]);
  });

  it('negated, "discuss", "think" and the other measured stance verbs report what follows; "say" and "recommend" report nothing', () => {
    expect(reported('Mayor Tom Reyes said the port would reopen, though he did not discuss the terms of the deal.')).toEqual([
      ['indirect', 'Tom Reyes', 'said', 'the port would reopen'],
      ['indirect', 'Tom Reyes', 'did not discuss', 'the terms of the deal'],
    ]);
    expect(reported('Governor Ana Silva doesn’t think the levy will pass.')).toEqual([['indirect', 'Ana Silva', 'doesn’t think', 'the levy will pass']]);
    expect(reported('Governor Ana Silva did not say the levy would pass.', 'Mayor Tom Reyes did not recommend charges.')).toEqual([]);
  });

  it('any negated cue reports the open question after it', () => {
    expect(reported('Governor Ana Silva would not say whether the tolls will rise.', 'Mayor Tom Reyes never explained why the contract was cancelled.')).toEqual([
      ['indirect', 'Ana Silva', 'would not say', 'whether the tolls will rise'],
      ['indirect', 'Tom Reyes', 'never explained', 'why the contract was cancelled'],
    ]);
    // A "that" clause after a negated cue is reported too (reported-negated-that.ts).
    expect(reported('Senator Paula Grant isn’t saying which districts she will visit.', 'Senator Paula Grant isn’t saying that she will win.')).toEqual([
      ['indirect', 'Paula Grant', 'isn’t saying', 'which districts she will visit'],
      ['indirect', 'Paula Grant', 'isn’t saying', 'she will win'],
    ]);
  });
});
