/**
 * A small hand-written article and brat annotation in PolNeAR's shape, for
 * the PolNeAR scorer's tests. Offsets are computed from the text, in code
 * points as brat writes them.
 */

export const ARTICLE = [
  'Mayor pledges “a new bridge” for Springfield.',
  '',
  'SPRINGFIELD — Mayor Ana Ruiz said on Monday that the bridge would open next year. 🌉',
  '',
  '“We will build it on time,” Ruiz told reporters. “Nobody should doubt that.”',
  '',
  'She added that the cost was fixed at $40 million.',
  '',
  'Officials said the budget was approved in March.',
  '',
  'Councilman Tom Baker called the plan “a fantasy” on Tuesday.',
  '',
].join('\n');

/** Code-point offsets "start end" of the nth occurrence of `part` in `text`. */
export function cp(text: string, part: string, nth = 0): string {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(part, at + 1);
    if (at < 0) throw new Error(`"${part}" not in the text`);
  }
  const start = Array.from(text.slice(0, at)).length;
  return `${start} ${start + Array.from(part).length}`;
}

export function annotation(text = ARTICLE): string {
  const t = (id: string, type: string, part: string, nth = 0): string => `${id}\t${type} ${cp(text, part, nth)}\t${part}`;
  return [
    // Ruiz, indirect.
    t('T1', 'Source', 'Mayor Ana Ruiz'),
    t('T2', 'Cue', 'said'),
    t('T3', 'Content', 'the bridge would open next year'),
    t('T4', 'Attribution', 'said'),
    'E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1',
    // Ruiz, direct in two pieces around the cue.
    `T5\tContent ${cp(text, '“We will build it on time,”')};${cp(text, '“Nobody should doubt that.”')}\t“We will build it on time,” “Nobody should doubt that.”`,
    t('T6', 'Source', 'Ruiz', 1),
    t('T7', 'Cue', 'told reporters'),
    t('T8', 'Attribution', 'told reporters'),
    'E2\tAttribution:T8 Cue:T7 Source:T6 Content:T5',
    // A pronoun source, indirect.
    t('T9', 'Source', 'She'),
    t('T10', 'Cue', 'added'),
    t('T11', 'Content', 'the cost was fixed at $40 million'),
    t('T12', 'Attribution', 'added'),
    'E3\tAttribution:T12 Content:T11 Cue:T10 Source:T9',
    // A nominal source.
    t('T13', 'Source', 'Officials'),
    t('T14', 'Cue', 'said', 1),
    t('T15', 'Content', 'the budget was approved in March'),
    t('T16', 'Attribution', 'said', 1),
    'E4\tAttribution:T16 Content:T15 Cue:T14 Source:T13',
    // A mixed attribution: a quoted phrase inside reported speech.
    t('T17', 'Source', 'Councilman Tom Baker'),
    t('T18', 'Cue', 'called'),
    t('T19', 'Content', 'the plan “a fantasy”'),
    t('T20', 'Attribution', 'called'),
    'E5\tAttribution:T20 Content:T19 Cue:T18 Source:T17',
    // No source: a cue and content only.
    t('T21', 'Cue', 'pledges'),
    t('T22', 'Content', '“a new bridge”'),
    t('T23', 'Attribution-no-source', 'pledges'),
    'E6\tAttribution-no-source:T23 Content:T22 Cue:T21',
    // Bookkeeping the reader must skip: a discarded span whose text runs over a line break, a note.
    `T24\tDiscard ${cp(text, 'SPRINGFIELD')}\tSPRINGFIELD`,
    'T25\tDiscuss 0 5\tMayor',
    'a continuation line of a span text',
    '#1\tAnnotatorNotes T24\tdateline',
    '',
  ].join('\n');
}
