import { extractArticle } from '../../src/ingest/extract-article';
import { reported } from './article-rows';
import { nextClauseAt } from '../../src/ingest/attribution/reported-next-clause';

describe('reported speech: an object ends where a new subject and cue open inside it', () => {
  it('a restrictive relative clause whose verb is a cue is an attribution of its own', () => {
    expect(reported('The governor rebuked critics who say he should close the port.')).toEqual([
      ['indirect', 'The governor', 'rebuked', 'critics'],
      ['indirect', 'critics', 'say', 'he should close the port'],
    ]);
  });

  it('a new subject after a comma and "so": the connective leaves the object', () => {
    expect(reported('Many voters do not want a stranger for a mayor, so they are reluctantly voting for the incumbent.')).toEqual([
      ['indirect', 'Many voters', 'do not want', 'a stranger for a mayor'],
      ['indirect', 'they', 'are reluctantly voting for', 'the incumbent'],
    ]);
  });

  it('a clause the object holds after a question word or a preposition stays whole', () => {
    expect(reported('The mayor asked whether the board said the pier was safe.')[0]).toEqual(['indirect', 'The mayor', 'asked', 'whether the board said the pier was safe']);
    expect(reported('Ms. Ortega praised the harbor plan that the council approved in May.')).toEqual([['indirect', 'Ortega', 'praised', 'the harbor plan that the council approved in May']]);
  });
});

describe('nextClauseAt', () => {
  const cueAt = (text: string, word: string) => {
    const at = text.indexOf(word);
    return { at, end: at + word.length, word, phrase: word, phraseStart: at };
  };
  const text = 'Ruiz backed the levy its chairman warned would raise rents.';
  const content = { start: text.indexOf('the levy'), end: text.length - 1 };
  const later = (source: string, word: string, verbCue = true) => {
    const sourceAt = text.indexOf(source);
    return [{ clauseAt: sourceAt, sourceAt, cue: cueAt(text, word), verbCue }];
  };

  it('ends the object before a later verb cue whose subject follows the object', () => {
    expect(text.slice(content.start, nextClauseAt(text, content, later('its chairman', 'warned')) ?? -1)).toBe('the levy ');
  });

  it('ignores a noun cue, a later clause outside the content, and a determiner before the subject', () => {
    expect(nextClauseAt(text, content, later('its chairman', 'warned', false))).toBeNull();
    expect(nextClauseAt(text, { start: content.start, end: text.indexOf('its') }, later('its chairman', 'warned'))).toBeNull();
    const t2 = 'Ruiz backed the levy after the chairman warned it would raise rents.';
    const s2 = t2.indexOf('the chairman');
    const w2 = t2.indexOf('warned');
    expect(nextClauseAt(t2, { start: t2.indexOf('the levy'), end: t2.length - 1 }, [{ clauseAt: s2, sourceAt: s2, cue: { at: w2, end: w2 + 6, word: 'warned', phrase: 'warned', phraseStart: w2 }, verbCue: true }])).toBeNull();
  });

  it('reads a long run of words without punctuation in linear time', () => {
    const long = `Ruiz backed ${'the levy '.repeat(100000)}its chairman warned it would fail.`;
    const at = long.indexOf('its chairman');
    const w = long.indexOf('warned');
    const t0 = Date.now();
    nextClauseAt(long, { start: 12, end: long.length - 1 }, [{ clauseAt: at, sourceAt: at, cue: { at: w, end: w + 6, word: 'warned', phrase: 'warned', phraseStart: w }, verbCue: true }]);
    expect(Date.now() - t0).toBeLessThan(2000);
  });
});

describe('hostile input for the next-clause end, just under the 1 MB limit', () => {
  it('many objects with a later subject and cue, and a long sentence of them, finish in time', () => {
    const started = Date.now();
    extractArticle(`Headline of the story\n\n${'The board rebuked critics who say the levy will fail. '.repeat(18_000)}`);
    extractArticle(`Headline of the story\n\nHolt backed ${'the levy its chairman said '.repeat(36_000)}would fail.`);
    expect(Date.now() - started).toBeLessThan(60_000);
  });
});
