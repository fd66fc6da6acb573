import { quotes, reported } from './article-rows';
import { quotedTurnAfterAt } from '../../src/ingest/attribution/reported-run-on';

describe('reported speech: a content ends where a later clause introduces a quotation of its own', () => {
  it('a speech verb coordinated with the cue ("but added,") ends the reported clause', () => {
    const text = 'Ms. Vidal said the port would reopen in May but added, "We will not rush the repairs for anyone."';
    expect(reported(text)).toEqual([['indirect', 'Vidal', 'said', 'the port would reopen in May']]);
    expect(quotes(text)).toEqual([['Vidal', 'We will not rush the repairs for anyone.']]);
  });

  it('an adverb between the conjunction and the speech verb ("and then boomed,")', () => {
    expect(reported('The mayor thanked the volunteers and then boomed, "Today this town showed what it is made of."')).toEqual([['indirect', 'The mayor', 'thanked', 'the volunteers']]);
  });

  it('a subordinate clause with its own subject and addressee ("when he told the Harbor Gazette,")', () => {
    expect(reported('Holt was talking about the levy when he told the Harbor Gazette, "We cannot keep paying for this forever."')).toEqual([
      ['indirect', 'Holt', 'was talking about', 'the levy'],
    ]);
  });

  it('a coordinated clause with its own pronoun subject ("and then he told the council,")', () => {
    expect(reported('The mayor praised the crews and then he told the council, "They kept the harbor open all winter long."')).toEqual([
      ['indirect', 'The mayor', 'praised', 'the crews'],
    ]);
  });

  it('a coordinated clause with a named subject ("and Ms. Ruiz said,")', () => {
    expect(reported('A voter asked for an autograph and Ms. Ruiz said, "Only if we are not breaking any county rules."')[0]).toEqual([
      'indirect',
      'A voter',
      'asked',
      'for an autograph',
    ]);
  });

  it('a plain noun phrase joined to the object before a quotation stays in the content', () => {
    expect(reported('The mayor praised the crews and the harbor, "which kept the port open all winter long."')[0]).toEqual([
      'mixed',
      'The mayor',
      'praised',
      'the crews and the harbor, "which kept the port open all winter long."',
    ]);
  });

  it('a subordinate clause whose "that" clause holds the quotation ("although he tweeted that he “…”")', () => {
    expect(reported('Holt said that he would attend the hearing, although he wrote that he "rejects every claim the board has made."')[0]).toEqual([
      'indirect',
      'Holt',
      'said',
      'he would attend the hearing',
    ]);
  });

  it('a content holding quoted words of its own before the later clause stays whole', () => {
    const text = 'Reyes backs "fair port fees for everyone," and later told the board: "We will not let the harbor close on my watch."';
    expect(reported(text)[0]?.slice(0, 3)).toEqual(['mixed', 'Reyes', 'backs']);
  });

  it('a quotation joined with no speech verb stays in the content', () => {
    expect(reported('Holt said the pier was safe and "nobody should worry about the storm season."')[0]).toEqual([
      'mixed',
      'Holt',
      'said',
      'the pier was safe and "nobody should worry about the storm season."',
    ]);
  });

  it('a subordinate clause opening the content is the content\'s own, not a later clause', () => {
    expect(reported('The mayor said that when the clerk told him, "You have to sign this today," he refused.')[0]).toEqual([
      'mixed',
      'The mayor',
      'said',
      'when the clerk told him, "You have to sign this today," he refused',
    ]);
  });
});

describe('quotedTurnAfterAt', () => {
  const at = (text: string, quote: string) => {
    const start = text.indexOf(quote);
    return { start, end: start + quote.length };
  };

  it('cuts before the conjunction of a coordinated speech verb introducing a statement', () => {
    const text = 'She praised the crew and later wrote, "They kept the harbor open all winter long."';
    const content = { start: text.indexOf('the crew'), end: text.length - 1 };
    const cut = quotedTurnAfterAt(text, content, [at(text, '"They kept the harbor open all winter long."')], text.indexOf(' the crew'));
    expect(cut === null ? null : text.slice(content.start, cut)).toBe('the crew');
  });

  it('cuts before a bare speech verb set off by commas: the main verb after a participle aside', () => {
    const text = 'Ruiz, noting the size of the crowd, said, "We have never seen a turnout like this in the valley."';
    const content = { start: text.indexOf('the size'), end: text.length - 1 };
    const cut = quotedTurnAfterAt(text, content, [at(text, '"We have never seen a turnout like this in the valley."')], content.start);
    expect(cut === null ? null : text.slice(content.start, cut)).toBe('the size of the crowd');
  });

  it('leaves a short quotation (a term, a cry) and a non-speech verb alone', () => {
    const short = 'She praised the crew and later wrote, "Bravo!"';
    expect(quotedTurnAfterAt(short, { start: short.indexOf('the crew'), end: short.length }, [at(short, '"Bravo!"')], 0)).toBeNull();
    const plain = 'She praised the crew and later smiled, "They kept the harbor open all winter long."';
    expect(quotedTurnAfterAt(plain, { start: plain.indexOf('the crew'), end: plain.length }, [at(plain, '"They kept the harbor open all winter long."')], 0)).toBeNull();
  });

  it('never cuts before the cue itself', () => {
    const text = 'She praised the crew and later wrote, "They kept the harbor open all winter long."';
    const content = { start: 0, end: text.length };
    expect(quotedTurnAfterAt(text, content, [at(text, '"They kept the harbor open all winter long."')], text.length)).toBeNull();
  });
});

describe('reported speech: a sibling clause whose source opens with a determiner', () => {
  it('a semicolon, then "the" and the later source, ends the first content', () => {
    expect(reported('Officials said the files held classified material; the State Department has indicated that it has not reviewed them.')).toEqual([
      ['indirect', 'Officials', 'said', 'the files held classified material'],
      ['indirect', 'State Department', 'has indicated', 'it has not reviewed them'],
    ]);
  });

  it('a determiner inside the content with no later attribution leaves it whole', () => {
    expect(reported('Officials said the files held classified material; the review is expected to take a month.')).toEqual([
      ['indirect', 'Officials', 'said', 'the files held classified material; the review is expected to take a month'],
    ]);
  });
});

describe('hostile input for the quotation-turn end', () => {
  it('thousands of quotations after speech verbs in one long content finish in time', () => {
    const unit = 'and then told the very long harbor board of the town, "we will keep the port open all year," ';
    const text = `She praised the crew ${unit.repeat(10000)}.`;
    const quoted: { start: number; end: number }[] = [];
    for (let i = text.indexOf('"'); i >= 0; i = text.indexOf('"', text.indexOf('"', i + 1) + 1)) quoted.push({ start: i, end: text.indexOf('"', i + 1) + 1 });
    const started = Date.now();
    // The content starts past the cue, so the first quotation's turn is the end.
    expect(quotedTurnAfterAt(text, { start: 4, end: text.length }, quoted, 4)).toBe(text.indexOf(' and then'));
    expect(quotedTurnAfterAt(text, { start: 4, end: text.length }, quoted, text.length)).toBeNull();
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
