import { attributionsIn, parseBrat } from '../../eval/attribution/brat';
import { goldAttributions, resolvePronoun } from '../../eval/attribution/gold';
import { rightPerson } from '../../eval/attribution/check-pronouns';
import { judgeSource } from '../../eval/attribution/score';
import { cp } from './attribution-fixture';

/** Code-point offsets "start end" of the nth occurrence of `word` as a whole word ("he", not the "he" of "the"). */
function wordAt(text: string, word: string, nth: number): string {
  const hits = [...text.matchAll(new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}])`, 'gu'))];
  if (hits.length <= nth) throw new Error(`"${word}" not in the text`);
  const start = Array.from(text.slice(0, hits[nth].index)).length;
  return `${start} ${start + Array.from(word).length}`;
}

/** One attribution per [source (its nth whole-word occurrence), cue, content]. */
function article(text: string, parts: [source: string, sourceNth: number, cue: string, content: string][]): ReturnType<typeof goldAttributions> {
  const lines: string[] = [];
  parts.forEach(([source, nth, cue, content], i) => {
    const n = i * 4;
    lines.push(`T${n + 1}\tSource ${wordAt(text, source, nth)}\t${source}`);
    lines.push(`T${n + 2}\tCue ${cp(text, cue)}\t${cue}`);
    lines.push(`T${n + 3}\tContent ${cp(text, content)}\t${content}`);
    lines.push(`T${n + 4}\tAttribution ${cp(text, cue)}\t${cue}`);
    lines.push(`E${i + 1}\tAttribution:T${n + 4} Content:T${n + 3} Cue:T${n + 2} Source:T${n + 1}`);
  });
  return goldAttributions(text, attributionsIn(text, parseBrat(lines.join('\n'))));
}

const pronounOf = (gold: ReturnType<typeof goldAttributions>, id: string): string | null => resolvePronoun(gold.find((g) => g.id === id)!, gold);

describe('gold "he" and "she" sources read in the text', () => {
  it('stands for a person the text names who is no annotated source ("As for X, he said")', () => {
    const text = 'Harbor plan stalls.\nGov. Peter Quinlan opened the hearing and said the vote would wait.\nAs for Tom Becker, he argued that the harbor plan cost too much.\n';
    const gold = article(text, [
      ['Gov. Peter Quinlan', 0, 'said', 'the vote would wait'],
      ['he', 0, 'argued', 'the harbor plan cost too much'],
    ]);
    expect(pronounOf(gold, 'E2')).toBe('Tom Becker');
    // Judged by that name: the extractor's "Becker" is right, "Quinlan" wrong.
    const he = gold.find((g) => g.id === 'E2')!;
    expect(judgeSource(he, gold, 'Becker')).toMatchObject({ bucket: 'pronoun', ok: true });
    expect(judgeSource(he, gold, 'Peter Quinlan')).toMatchObject({ bucket: 'pronoun', ok: false });
  });

  it('skips a person of the other gender, named by a given name or a title', () => {
    const text = 'Port deal.\nAnna Ortiz thanked Paul Grant after he promised that the port would stay open.\nMrs. Lind met Mr. Vance, and she said the port would grow.\n';
    const gold = article(text, [
      ['he', 0, 'promised', 'the port would stay open'],
      ['she', 0, 'said', 'the port would grow'],
    ]);
    expect(pronounOf(gold, 'E1')).toBe('Paul Grant');
    expect(pronounOf(gold, 'E2')).toBe('Lind');
  });

  it('skips names inside quotation marks and inside the attribution\'s own content', () => {
    const text = 'Rail line.\nRob Dunn toured the depot on Friday.\n“I never met Victor Hale, and I never will,” he said.\nLater he noted that Sara Kemp had called.\n';
    const gold = article(text, [
      ['he', 0, 'said', '“I never met Victor Hale, and I never will,”'],
      ['he', 1, 'noted', 'Sara Kemp had called'],
    ]);
    expect(pronounOf(gold, 'E1')).toBe('Rob Dunn');
    // The second "he" opens its sentence; the one before is resolved, so the same person goes on.
    expect(pronounOf(gold, 'E2')).toBe('Rob Dunn');
  });

  it('reads past a sentence whose subject is already "he", to the person named before it', () => {
    const text = 'Budget fight.\nKarl Moss rejected the offer on Monday.\nThough he did not name Ian Ford, he made his view plain.\nHe said the deal was dead.\n';
    const gold = article(text, [['He', 0, 'said', 'the deal was dead']]);
    expect(pronounOf(gold, 'E1')).toBe('Karl Moss');
  });

  it('prefers the annotated source of the previous sentence to others named in it, and a surname to its full name', () => {
    const text = 'Water rights.\nIn a letter to Dean Marsh, Mayor Colin Pratt said the wells were dry.\nThe city will truck in water, he said.\nPratt added that he had no choice.\n';
    const gold = article(text, [
      ['Mayor Colin Pratt', 0, 'said', 'the wells were dry'],
      ['he', 0, 'said', 'The city will truck in water'],
    ]);
    expect(pronounOf(gold, 'E2')).toBe('Colin Pratt');
  });

  it('falls back to the nearest named source when the text names nobody before the pronoun', () => {
    const text = 'Tolls rise.\nThe toll board met.\nHe said the tolls would rise.\nAda Voss agreed.\n';
    const gold = article(text, [['He', 0, 'said', 'the tolls would rise']]);
    expect(gold[0].referent).toBeUndefined();
    expect(pronounOf(gold, 'E1')).toBeNull();
  });
});

describe('the hand check of gold pronoun resolution', () => {
  it('counts a resolution right when it names the labelled person, and a null right only against a null label', () => {
    expect(rightPerson('Ana Ruiz', 'Ruiz')).toBe(true);
    expect(rightPerson('Ana Ruiz', 'Mayor Ana Ruiz')).toBe(true);
    expect(rightPerson('Marta Lenz|Kit', 'Kit')).toBe(true);
    expect(rightPerson('Ana Ruiz', 'Tom Baker')).toBe(false);
    expect(rightPerson(null, null)).toBe(true);
    expect(rightPerson(null, 'Tom Baker')).toBe(false);
    expect(rightPerson('Ana Ruiz', null)).toBe(false);
  });
});
