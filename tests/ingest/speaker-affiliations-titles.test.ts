import { extractArticle } from '../../src/ingest/extract-article';
import { quotesAfterLead as quotes } from './article-rows';

describe('a speaker followed by where they work, before the verb', () => {
  it('the person, not the organization after "of", "at" or "from", is the subject', () => {
    expect(
      quotes(
        'Markets fell sharply on Monday.',
        'Tessa Brandvold of Halloran Capital said, “The selling is not over.”',
        'Ivo Marchetti at the Norwood Institute, a longtime skeptic, warned: “Nobody saw this coming.”',
        'Later, Pia Lindqvist from Corvel Partners wrote, “We are buying.”',
      ),
    ).toEqual([
      ['Tessa Brandvold', 'The selling is not over.'],
      ['Ivo Marchetti', 'Nobody saw this coming.'],
      ['Pia Lindqvist', 'We are buying.'],
    ]);
  });

  it('an organization that speaks for itself keeps the quote', () => {
    expect(quotes('Tessa Brandvold met with Halloran Capital on Monday.', 'Halloran Capital said, “The selling is not over.”')).toEqual([['Halloran Capital', 'The selling is not over.']]);
  });

  it('an organization named again as a subject of its own is no affiliation', () => {
    expect(quotes('Tessa Brandvold of Halloran Capital met the board.', 'Later, Tessa Brandvold left, and Halloran Capital said, “The selling is not over.”')).toEqual([['Halloran Capital', 'The selling is not over.']]);
  });
});

describe('broadcast and civic titles before a name', () => {
  it('host, co-host, anchor, commentator, public advocate and controller head a title', () => {
    expect(
      quotes(
        'The hearing ran late.',
        '“Imagine the two of them on one stage,” mused Harbor Radio co-host Lenny Vukovic.',
        '“That is not an answer,” Channel 9 anchor Dana Okafor said.',
        '“The budget does not add up,” Lakeview City Public Advocate Rosa Achebe said.',
        '“We found the money,” said State Controller Mel Dantzig.',
      ),
    ).toEqual([
      ['Lenny Vukovic', 'Imagine the two of them on one stage,'],
      ['Dana Okafor', 'That is not an answer,'],
      ['Rosa Achebe', 'The budget does not add up,'],
      ['Mel Dantzig', 'We found the money,'],
    ]);
  });

  it('a head after "to" or a modal is a verb, no title', () => {
    const people = extractArticle('Headline of the story\n\nThe board met.\n\nThe city will host Ravi Sandoval on Friday, and the club hopes to host Mina Taft in May.').entities.people;
    expect(people.map((p) => [p.name, p.title])).toEqual([
      ['Ravi Sandoval', null],
      ['Mina Taft', null],
    ]);
  });
});

describe('"remembered" and "remembers" as speech verbs', () => {
  it('attribute a quotation before or after them', () => {
    expect(
      quotes(
        'The plant closed in 1998.',
        '“We worked through the night,” remembered Roy Verley, a former spokesman for the firm.',
        'Ada Brenner remembers: “The lights went out at nine.”',
      ),
    ).toEqual([
      ['Roy Verley', 'We worked through the night,'],
      ['Ada Brenner', 'The lights went out at nine.'],
    ]);
  });

  it('a quotation that ends its sentence before the verb is not attributed by it', () => {
    expect(quotes('The plant closed in 1998.', '“The lights went out at nine.” Ada Brenner remembered the old mill well.')).toEqual([[null, 'The lights went out at nine.']]);
  });
});

describe('a sentence split by an unnamed speaker’s attribution', () => {
  it('the piece after the comma goes on with the same speaker', () => {
    expect(
      quotes(
        'The caucus results came in late.',
        '“She is too far behind,” said a county chairman, “and the polls have not moved.”',
        '“It is over,” a party official said, “but we will be back.”',
      ),
    ).toEqual([
      ['a county chairman', 'She is too far behind,'],
      ['a county chairman', 'and the polls have not moved.'],
      ['a party official', 'It is over,'],
      ['a party official', 'but we will be back.'],
    ]);
  });

  it('not when the first quotation ends its sentence and the attribution runs on', () => {
    expect(quotes('The caucus results came in late.', '“It is over.” A volunteer said it twice, then a reporter asked, “Is it?”')).not.toContainEqual(['a volunteer', 'Is it?']);
  });
});

describe('a name with a lower-case particle in a subordinate clause between two quotations', () => {
  it('is no rival: the later quotation keeps the speaker', () => {
    expect(
      quotes(
        'Mayor Anneke van Doorn wants out of the leases.',
        '“They are not terminable at will,” spokesman Ron Lieberman told the paper in July, after van Doorn voiced her doubts. “These leases are binding.”',
      ),
    ).toEqual([
      ['Ron Lieberman', 'They are not terminable at will,'],
      ['Ron Lieberman', 'These leases are binding.'],
    ]);
  });

  it('a subject of its own between them still is', () => {
    expect(
      quotes('Mayor Anneke van Doorn wants out of the leases.', '“They are not terminable at will,” spokesman Ron Lieberman told the paper. Then van Doorn took the microphone. “These leases are binding.”'),
    ).not.toContainEqual(['Ron Lieberman', 'These leases are binding.']);
  });
});
