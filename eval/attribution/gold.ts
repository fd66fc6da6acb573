/**
 * Gold attributions of one PolNeAR article, classified for scoring.
 *
 * Kind (from the Content spans and the quotation marks of the raw text):
 * - `direct`: at least 80% of the content's letters and digits lie inside
 *   quotation marks (“…”, "…"): a quoted statement, possibly with a few
 *   words of the writer's around it;
 * - `mixed`: some but less than 80% (`said the plan was "a disaster"`);
 * - `indirect`: none (reported speech, paraphrase, beliefs).
 *
 * Source class (from the Source span's text):
 * - `named`: the span's last word is capitalised, as in "Trump", "Sen. Ted
 *   Cruz", "the State Department"; the name is the trailing run of
 *   capitalised words (with "of", "and", "for" inside), so "Trump campaign
 *   manager Kellyanne Conway" gives "Kellyanne Conway";
 * - `pronoun`: the span is a personal pronoun ("he", "she", "they", "I");
 * - `nominal`: anything else ("officials", "the ministry", "a spokesman");
 * - `none`: the attribution has no source.
 */
import { spanText, type GoldAttribution, type Span } from './brat';
import { pronounReferents } from './coref';
import { describesOnePerson, headIsNoPerson } from './descriptions';
import { givenNameGender, personLike } from './mentions';

export { personLike } from './mentions';

export type AttributionKind = 'direct' | 'mixed' | 'indirect';
export type SourceClass = 'named' | 'pronoun' | 'nominal' | 'none';

export interface ScoredGold {
  id: string;
  kind: AttributionKind;
  content: Span[];
  contentText: string;
  /** Offsets of the content's letters and digits. */
  chars: Set<number>;
  sourceText: string | null;
  sourceStart: number | null;
  sourceClass: SourceClass;
  /** The name in a named source. */
  sourceName: string | null;
  /** For a relative-pronoun source ("…, who said"): the name right before it, which the pronoun stands for by syntax. */
  antecedent: string | null;
  /** The cue as written ("said", "according to"), when the attribution has one. */
  cueText: string | null;
  /** For a "he" or "she" source: the person the text has it stand for (see coref.ts), when found. */
  referent?: string;
}

/** Ranges of text inside quotation marks, marks included, per line; an unclosed quote runs to the line's end. */
export function quotedRanges(text: string): Span[] {
  const out: Span[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    let open: number | null = null;
    let openMark = '';
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      // Two apostrophes ('') are a double quotation mark in some feeds.
      const mark = c === "'" && line[i + 1] === "'" ? "''" : c;
      if (open === null) {
        if (mark === '“' || mark === '"' || mark === "''") {
          open = i;
          openMark = mark;
          i += mark.length - 1;
        }
      } else if ((openMark === '“' && mark === '”') || (openMark === mark && (mark === '"' || mark === "''"))) {
        out.push({ start: lineStart + open, end: lineStart + i + mark.length });
        i += mark.length - 1;
        open = null;
      }
    }
    if (open !== null) out.push({ start: lineStart + open, end: lineStart + line.length });
    lineStart += line.length + 1;
  }
  return out;
}

const ALNUM = /[\p{L}\p{N}]/u;

/** Offsets of the letters and digits inside the spans. */
export function significantChars(text: string, spans: readonly Span[]): Set<number> {
  const out = new Set<number>();
  for (const s of spans) for (let i = s.start; i < s.end && i < text.length; i++) if (ALNUM.test(text[i])) out.add(i);
  return out;
}

export function kindOf(chars: ReadonlySet<number>, quoted: readonly Span[]): AttributionKind {
  if (chars.size === 0) return 'indirect';
  let inside = 0;
  for (const c of chars) if (quoted.some((q) => c >= q.start && c < q.end)) inside++;
  const share = inside / chars.size;
  if (share >= 0.8) return 'direct';
  return share > 0 ? 'mixed' : 'indirect';
}

const PRONOUNS = new Set(
  'he she they i we it you him her them us me his hers their theirs our its my himself herself themselves itself ourselves myself who which'.split(' '),
);
/** Capitalised at a sentence start, these alone are no name: common plurals, quantifiers, numbers, demonstratives. */
const COMMON_PLURALS = new Set(
  `officials sources critics aides experts analysts observers others some many reports polls studies police authorities voters people residents
   supporters opponents investigators prosecutors lawyers advisers advisors staffers organizers both several most all
   investors economists politicians lawmakers progressives conservatives liberals allies friends candidates millennials protesters
   demonstrators activists students parents members leaders donors delegates pollsters scientists researchers footage
   one two three four five six seven eight nine ten another anyone anybody everyone everybody someone somebody none those these that this each few`.split(/\s+/),
);
const JOINERS = new Set(['of', 'and', 'for', 'de', 'la', 'van', 'von', 'del', 'der', 'on', '&']);

const TITLES = new Set(
  `mr mrs ms miss dr sen senator rep representative gov governor president pres vice secretary sec gen general lt col adm admiral professor
   speaker rev prof judge justice chairman chairwoman chair mayor attorney former candidate leader nominee director
   ambassador minister prime chief councilman councilwoman assemblyman sheriff sgt capt pope spokesman spokeswoman`.split(/\s+/),
);
const CALENDAR = new Set('monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december'.split(' '));

/** A name without the titles before it: "Vermont Sen. Bernie Sanders" → "Bernie Sanders", "Mr. Podesta" → "Podesta". */
export function stripTitles(name: string): string {
  const words = name.split(/\s+/).filter((w) => w !== '');
  let cut = -1;
  words.forEach((w, i) => {
    if (i < words.length - 1 && TITLES.has(w.toLowerCase().replace(/\.$/, ''))) cut = i;
  });
  return words.slice(cut + 1).join(' ');
}

/** Classifies a source span's text and finds the name in a named one. */
export function classifySource(raw: string | null): { cls: SourceClass; name: string | null } {
  if (raw === null || raw.trim() === '') return { cls: 'none', name: null };
  // Drop parentheticals ("(R-Texas)"), everything after a comma, a relative pronoun or a
  // preposition of place ("officials in Washington"), and whatever comes before a possessive
  // ("Obama's DOJ" is the DOJ).
  const parts = raw
    .replace(/\([^)]*\)/g, ' ')
    .split(/,|\s(?:who|that|in|at|from|with|on)\s/)[0]
    .split(/[’']s\b/);
  const text = parts[parts.length - 1].replace(/[^\p{L}\p{N}.&\s'’-]/gu, ' ').replace(/(^|\s)['’]+|['’]+(?=\s|$)/g, ' ').trim();
  const words = text.split(/\s+/).filter((w) => w !== '');
  while (words.length > 1 && CALENDAR.has(words[words.length - 1].toLowerCase())) words.pop();
  if (words.length === 0) return { cls: 'nominal', name: null };
  if (words.every((w) => PRONOUNS.has(w.toLowerCase()))) return { cls: 'pronoun', name: null };
  const last = words[words.length - 1];
  if (!/^\p{Lu}/u.test(last) || CALENDAR.has(last.toLowerCase())) return { cls: 'nominal', name: null };
  let i = words.length - 1;
  while (i > 0) {
    const prev = words[i - 1];
    if (/^\p{Lu}/u.test(prev)) i--;
    else if (JOINERS.has(prev.toLowerCase()) && i - 2 >= 0 && /^\p{Lu}/u.test(words[i - 2])) i -= 2;
    else break;
  }
  const nameWords = stripTitles(words.slice(i).join(' ')).split(' ');
  // A leading "The"/"A" at the sentence start is not part of the name.
  while (nameWords.length > 1 && /^(the|a|an)$/i.test(nameWords[0])) nameWords.shift();
  // "Officials said", "Six in 10 say", "Those who said" at a sentence start: a capitalised common word, not a name.
  if (nameWords.length === 1 && COMMON_PLURALS.has(nameWords[0].toLowerCase())) return { cls: 'nominal', name: null };
  return { cls: 'named', name: nameWords.join(' ') };
}

/** The article's gold attributions with content, classified. Attributions without content are left out. */
export function goldAttributions(text: string, attributions: readonly GoldAttribution[]): ScoredGold[] {
  const quoted = quotedRanges(text);
  const out: ScoredGold[] = [];
  for (const a of attributions) {
    const chars = significantChars(text, a.content);
    if (chars.size === 0) continue;
    const sourceText = a.source.length > 0 ? spanText(text, a.source) : null;
    const { cls, name } = classifySource(sourceText);
    out.push({
      id: a.id,
      kind: kindOf(chars, quoted),
      content: a.content,
      contentText: spanText(text, a.content),
      chars,
      sourceText,
      sourceStart: a.source.length > 0 ? a.source[0].start : null,
      sourceClass: cls,
      sourceName: name,
      antecedent: a.source.length > 0 && sourceText !== null ? relativeAntecedent(text, sourceText, a.source[0].start) : null,
      cueText: a.cue.length > 0 ? spanText(text, a.cue) : null,
    });
  }
  const referents = pronounReferents(text, out, quoted);
  for (const g of out) {
    const r = referents.get(g.id);
    if (r !== undefined) g.referent = r;
  }
  return out.sort((x, y) => x.content[0].start - y.content[0].start);
}

const RELATIVE_PRONOUN = /^(?:who|which|that)$/i;
/** A name (capitalised words, up to five) ending right before a relative pronoun, a comma between them at most. */
const NAME_BEFORE = /(?:^|[^\p{L}\p{N}.’'-])((?:[\p{Lu}][\p{L}.’'-]*\s+){0,4}[\p{Lu}][\p{L}.’'-]*)\s*,?\s*$/u;

/**
 * What a relative pronoun source stands for: "Sen. Jane Roe, who said …" → "Jane Roe". Syntax fixes the
 * antecedent of a relative pronoun (the noun phrase it follows), so it is read from the text, as
 * a reader would; a source judged against the word "who" itself could never be right. Only a name
 * directly before the pronoun is taken; anything else (an unnamed noun phrase) stays unresolved.
 */
export function relativeAntecedent(text: string, sourceText: string, sourceStart: number): string | null {
  if (!RELATIVE_PRONOUN.test(sourceText.trim())) return null;
  const before = text.slice(Math.max(0, sourceStart - 120), sourceStart);
  // "that" after a comma is no relative pronoun ("In Wyoming, that meant …"): only "who" and "which" follow one.
  if (/^that$/i.test(sourceText.trim()) && /,\s*$/.test(before)) return null;
  const match = NAME_BEFORE.exec(before);
  if (match === null) return null;
  const { cls, name } = classifySource(match[1]);
  return cls === 'named' ? name : null;
}

const FIRST_PERSON_OR_SINGULAR = /^(he|she|i|him|her|his|me|my|himself|herself|myself)$/i;

/**
 * The name a pronoun or a definite description stands for. A gold "he" or "she" source takes the person the text has
 * it stand for (`referent`, set by `goldAttributions`: see coref.ts). Otherwise, and when the text gives none: the nearest
 * person-like named gold source before it in the article whose given name
 * does not contradict the pronoun's gender. Resolved: singular personal
 * pronouns ("he", "she", "I") and descriptions of one person ("the senator",
 * "The billionaire businessman", at a sentence start too); "they", "we", "it", plurals,
 * organizations, documents and unnamed speakers ("the campaign", "the ruling",
 * "the source": see `describesOnePerson`) are left unresolved (null). A relative pronoun ("who") stands for the name
 * right before it (`antecedent`).
 */
export function resolvePronoun(g: ScoredGold, all: readonly ScoredGold[]): string | null {
  if (g.sourceText === null || g.sourceStart === null) return null;
  if (g.antecedent !== null) return g.antecedent;
  const text = g.sourceText.trim();
  let gender: 'male' | 'female' | null = null;
  if (g.sourceClass === 'pronoun') {
    const words = text.split(/\s+/);
    if (!words.every((w) => FIRST_PERSON_OR_SINGULAR.test(w))) return null;
    if (words.some((w) => /^(?:he|him|his|himself)$/i.test(w))) gender = 'male';
    if (words.some((w) => /^(?:she|her|herself)$/i.test(w))) gender = 'female';
    // "He" or "she" read in the text (coref.ts); the nearest named gold source below is the fallback.
    if (g.referent !== undefined) return g.referent;
  } else if (g.sourceClass !== 'nominal' || !describesOnePerson(text)) return null;
  let best: ScoredGold | null = null;
  for (const o of all) {
    if (o.sourceClass !== 'named' || o.sourceName === null || !personLike(o.sourceName)) continue;
    if (o.sourceStart === null || o.sourceStart >= g.sourceStart) continue;
    const first = o.sourceName.split(/\s+/)[0].toLowerCase();
    const given = givenNameGender(first) ?? undefined;
    if (gender !== null && given !== undefined && o.sourceName.includes(' ') && given !== gender) continue;
    if (best === null || o.sourceStart > (best.sourceStart ?? -1)) best = o;
  }
  return best?.sourceName ?? null;
}

/**
 * What a gold source "it" stands for: the nearest gold source before it that is neither a pronoun nor a person (a
 * named organization, or a phrase whose head is a document, an organization or a group: "the article", "the Times"). "It"
 * cannot stand for a person, so the resolution is the one a reader makes; null when no such source comes before.
 */
export function thingAntecedent(g: ScoredGold, all: readonly ScoredGold[]): ScoredGold | null {
  if (g.sourceText === null || g.sourceStart === null || !/^it$/i.test(g.sourceText.trim())) return null;
  let best: ScoredGold | null = null;
  for (const o of all) {
    if (o.sourceText === null || o.sourceStart === null || o.sourceStart >= g.sourceStart) continue;
    if (best !== null && o.sourceStart <= (best.sourceStart ?? -1)) continue;
    const thing = o.sourceClass === 'named' ? o.sourceName !== null && !personLike(o.sourceName) : o.sourceClass === 'nominal' && headIsNoPerson(o.sourceText.trim());
    if (thing) best = o;
  }
  return best;
}

