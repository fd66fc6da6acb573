import { quotesAfterLead as quotes } from './article-rows';

describe('he and she through a sentence of their own', () => {
  it('names only after the sentence’s own he/she are objects; the chain goes on back to its subject', () => {
    expect(
      quotes(
        'District chairman Walter Pruitt declined to name the delegates on Tuesday.',
        'The district drew 40 applicants, whom he described as split between Paul Kessler and Ivo Brandt.',
        '“Both men have friends here,” he said.',
      ),
    ).toEqual([['Walter Pruitt', 'Both men have friends here,']]);
  });

  it('a name before the sentence’s he/she is still whom it may mean', () => {
    expect(quotes('Mayor Pete Calder spoke first. The budget, Calder said, was the one he had promised.', '“We kept our word,” he said.')).toEqual([
      ['Pete Calder', 'We kept our word,'],
    ]);
  });

  it('two apostrophes as quotation marks: the speaker after an inverted verb is the sentence’s subject', () => {
    expect(
      quotes(
        "''Nobody else is even trying,'' said Mr. Ivo Brandt, who also took aim at Senator Paul Kessler of Ohio and Gov. Ben Ostrow.",
        "''Kessler is not going after the man who is winning,'' he said.",
      ),
    ).toEqual([
      ['Ivo Brandt', 'Nobody else is even trying,'],
      ['Ivo Brandt', 'Kessler is not going after the man who is winning,'],
    ]);
  });
});

describe('he and she past a description of someone named before', () => {
  it('“the Ohio governor” whose title was never given: the pronoun goes on back to the person it describes', () => {
    expect(
      quotes(
        'Paul Kessler said Saturday that the state would not cut its school budget.',
        'The Ohio governor said the schools need more teachers, but that he would not raise taxes.',
        '“We can do both with the money we have,” he said.',
      ),
    ).toEqual([['Paul Kessler', 'We can do both with the money we have,']]);
  });

  it('a description of the other gender is someone else; the sentence’s names decide', () => {
    expect(
      quotes('Paul Kessler met Anna Brandt on Friday.', 'The actress said Ivo Grant would direct the film.', '“It will be great,” he said.').filter(([speaker]) => speaker === 'Paul Kessler'),
    ).toEqual([]);
  });

  it('a description with a name in apposition is that person', () => {
    expect(
      quotes(
        'Paul Kessler spoke first.',
        'But the other candidate on the stage, former Gov. Ivo Grant, drew a contrast with the plan.',
        '“I take the warnings seriously,” he said.',
      ),
    ).toEqual([['Ivo Grant', 'I take the warnings seriously,']]);
  });

  it('an indefinite description is someone new: no speaker', () => {
    expect(quotes('Paul Kessler spoke first.', 'A senator from Maine said the plan was flawed.', '“It cannot pass,” he said.')).toEqual([[null, 'It cannot pass,']]);
  });
});

describe('he and she after a sentence whose subject follows a long lead phrase', () => {
  it('the one person of the gender whom a finite verb follows', () => {
    expect(
      quotes(
        'Mayor Pete Calder and Gov. Ben Ostrow met on Monday.',
        'In a long interview about the troubled budget of the state, Ostrow rejected the claims of Calder and of Ivo Brandt.',
        '“Let them check the numbers again,” he said.',
      ),
    ).toEqual([['Ben Ostrow', 'Let them check the numbers again,']]);
  });

  it('the subject of a subordinate clause is not whom the next he/she means', () => {
    expect(
      quotes(
        'Mayor Pete Calder and Gov. Ben Ostrow met on Monday.',
        'While Calder has yet to back the plan, the governor’s deputy — Ivo Brandt — has thrown his support behind Ostrow.',
        '“We are all on board,” he said.',
      ),
    ).toEqual([['Ivo Brandt', 'We are all on board,']]);
  });

  it('no speaker when two people of the gender are followed by verbs', () => {
    expect(
      quotes(
        'Mayor Pete Calder and Gov. Ben Ostrow met on Monday.',
        'In a long interview about the troubled budget of the state, Ostrow rejected the claims; Calder raised doubts about Ivo Brandt.',
        '“Let them check the numbers again,” he said.',
      ),
    ).toEqual([[null, 'Let them check the numbers again,']]);
  });
});

describe('a description of office or calling that no known title fits', () => {
  it('“the billionaire said” means the person the text is about', () => {
    expect(quotes('Ivo Brandt toured the plant on Friday and met the workers.', '“We will keep every job here,” the billionaire said.')).toEqual([['Ivo Brandt', 'We will keep every job here,']]);
  });

  it('not a description in a coordination', () => {
    expect(quotes('Ivo Brandt toured the plant on Friday.', '“Nobody asked us,” the mayor and the bishop said.')).toEqual([[null, 'Nobody asked us,']]);
  });

  it('not a description after a possessor, who is someone new', () => {
    expect(quotes('Ivo Brandt toured the plant on Friday.', '“The numbers were wrong,” the agency’s chairman said.')).toEqual([[null, 'The numbers were wrong,']]);
  });
});

describe('a description of office or calling: where the look-back starts', () => {
  it('a name in a lead phrase of the description’s own sentence is not whom it means', () => {
    expect(quotes('Ivo Brandt has promised a painful budget.', 'Speaking on the radio with host Anna Kessler, the minister said: “There is no easy way through this.”')).toEqual([
      ['Ivo Brandt', 'There is no easy way through this.'],
    ]);
  });
});

describe('a person of unknown gender whom a he/she has attributed a quote to', () => {
  const paragraphs = [
    'In the video, Ozioma Travers, a nurse, can be heard calling out across the lot.',
    '"Wait for me," she says. "Wait. I am coming. Wait."',
    'She then runs toward the gate and keeps shouting. At this point, the camera points at the ground. The footage shakes for several seconds. Sirens grow louder in the background.',
  ];

  it('is of that pronoun’s gender for a later quote the look-back does not reach', () => {
    expect(quotes(...paragraphs, '"Is anyone hurt?" she yells as the gate opens.')).toEqual([
      ['Ozioma Travers', 'Wait for me,'],
      ['Ozioma Travers', 'Wait. I am coming. Wait.'],
      ['Ozioma Travers', 'Is anyone hurt?'],
    ]);
  });

  it('not for the other pronoun', () => {
    expect(quotes(...paragraphs, '"Is anyone hurt?" he yells as the gate opens.')[2]).toEqual([null, 'Is anyone hurt?']);
  });
});
