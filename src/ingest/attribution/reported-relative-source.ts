/**
 * What a relative pronoun before a cue stands for ("Sen. Ada Holt of Ohio, who has argued …", "superdelegates who
 * have committed to Reyes", "radicals who wanted to …"): the entity its antecedent names, past a short postmodifier
 * (a parenthesis, an age, "of Ohio"), else the noun phrase before it as written. Syntax fixes the antecedent: the
 * noun phrase the pronoun follows. Pure; no I/O; reads a bounded stretch before the pronoun.
 */
import type { ExtractedMention } from '../entity-extraction';
import { firstMentionFrom } from './context';
import { appositiveName } from './appositive-antecedents';
import { NOT_MODIFIERS, PRONOUN_WORDS } from './reported-phrase-kinds';
import { CUES } from './reported-cues';
import verbsBeforeObject from '../lexicon/verbs-before-object.json';

/** Verbs that take a noun phrase right after them, listed where no suffix tells them ("met", "drew", "includes"). */
const VERBS_BEFORE_OBJECT: ReadonlySet<string> = new Set(verbsBeforeObject);
/** Object pronouns: no antecedent a relative pronoun stands for ("about them who" is no English). */
const OBJECT_PRONOUNS = new Set(['him', 'them', 'us', 'me', 'it', 'you', 'her']);

/** How far before the pronoun the antecedent is read. */
const REACH = 120;
/** Most words an unnamed antecedent may have. */
const MAX_WORDS = 8;

/**
 * What may stand between a name and its relative pronoun: a comma, a dash or a parenthesis opening the clause, and
 * before it a party-and-state parenthesis ("(D-Conn.)"), an age (", 54,") or a place ("of Vermont", "from Ohio").
 */
const POSTMODIFIER_RE = /(?:\s*\([^()]{1,30}\)|\s*,\s*\d{1,3}|\s+(?:of|from)\s+\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,2})?\s*[,(—–-]?\s*$/u;

/** Words that end an unnamed antecedent when reading back: prepositions that attach it to a verb, quantifier-free joins. */
const BEFORE_PHRASE = new Set('by with about against like including among into through over toward towards between among unlike such even just only'.split(' '));
/** Prepositions a noun phrase may hold ("a lot of voters", "people in the arena"), never at its start. */
const INNER_PREPOSITIONS = new Set('of in at from on for'.split(' '));
/** Words that open a noun phrase: determiners, quantifiers, numbers, possessives. */
const OPENER_RE = /^(?:the|a|an|this|these|those|that|some|many|most|much|several|other|others|all|both|few|every|each|any|no|his|her|its|their|our|my|your|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|millions|half|\d[\d,.%]*|[\p{L}-]*-(?:thirds?|fourths?|quarters?|fifths?)|\p{Lu}[\p{L}.’'-]*['’]s?)$/u;

/** Whether a word opens a noun phrase, capitalized at a sentence's start or not ("One of the aides"). */
const opens = (w: string): boolean => OPENER_RE.test(w) || OPENER_RE.test(w.toLowerCase());

/** A relative pronoun's antecedent: the mention that names it, else its noun phrase as written (null when none is plain). */
export interface Antecedent {
  named: ExtractedMention | null;
  text: string | null;
}

/** The mention ending exactly at `end`, within the sentence. */
function mentionEndingAt(mentions: readonly ExtractedMention[], end: number, from: number): ExtractedMention | undefined {
  for (let k = firstMentionFrom(mentions, end) - 1; k >= 0 && mentions[k].start >= from; k--) {
    if (mentions[k].end === end) return mentions[k];
    if (mentions[k].end < end - 40) break;
  }
  return undefined;
}

/**
 * The antecedent of the relative pronoun at `pronounAt` (a "who" or "which" before a cue): a named person or
 * organization ending right before it (a postmodifier allowed), else the noun phrase before it, else nothing.
 */
export function relativeAntecedent(mentions: readonly ExtractedMention[], text: string, sentenceStart: number, pronounAt: number): Antecedent {
  const from = Math.max(sentenceStart, pronounAt - REACH);
  const before = text.slice(from, pronounAt);
  // The name right before the pronoun ("the Bank of Japan, which"), else before a postmodifier ("Holt of Ohio, who").
  const closing = /\s*[,(—–-]?\s*$/u.exec(before);
  const post = POSTMODIFIER_RE.exec(before);
  const named =
    mentionEndingAt(mentions, from + (closing ? closing.index : before.length), sentenceStart) ??
    (post ? mentionEndingAt(mentions, from + post.index, sentenceStart) : undefined);
  if (named) return { named, text: null };
  const phrase = nounPhraseBefore(before);
  // "Gene Sperling, a longtime policy maker who …": the person the appositive describes.
  const described = phrase === null || !/^who\b/iu.test(text.slice(pronounAt, pronounAt + 4)) ? undefined : appositiveName(mentions, text, sentenceStart, from + before.lastIndexOf(phrase), phrase);
  return described ? { named: described, text: null } : { named: null, text: phrase };
}

/** Whether a word reads as a verb before its object ("met", "drew", "praised", "includes"): no part of the noun phrase after it. */
function verbLike(w: string, before: string | undefined): boolean {
  if (!/^\p{Ll}+$/u.test(w)) return false;
  // "the embattled senator": after a determiner a participle modifies the noun.
  if (before !== undefined && opens(before) && /ed$/u.test(w)) return false;
  return /^\p{Ll}{2,}ed$/u.test(w) || VERBS_BEFORE_OBJECT.has(w) || CUES.has(w);
}

/** The noun phrase ending a stretch of text (right before a relative pronoun), as written; null when none is plain. */
export function nounPhraseBefore(stretch: string): string | null {
  // A comma inside a number ("10,000 people") is no boundary: it is kept out of the way while the run is read.
  const body = stretch.replace(/[\s,(—–-]+$/u, '').replace(/(\d),(?=\d{3})/gu, '$1\uE000');
  // Only a plain run of words: punctuation or a quotation ends it ("…: idealists").
  const run = /(?:^|[,;:()"“”—–!?]|\s-\s|\.\s)\s*([^,;:()"“”—–!?]*)$/u.exec(body);
  const list = (run ? run[1] : body).split(/\s+/).filter((w) => w !== '');
  let first = list.length;
  while (first > 0 && list.length - first < MAX_WORDS) {
    const w = list[first - 1];
    const lower = w.toLowerCase();
    if (NOT_MODIFIERS.has(lower) || BEFORE_PHRASE.has(lower) || /^\p{Ll}+ing$/u.test(w) || !/^[\p{L}\p{N}]/u.test(w) || verbLike(w, list[first - 2])) break;
    first--;
  }
  let phrase = list.slice(first);
  // A preposition opening the run belongs to the clause before ("based on angry voters").
  while (phrase.length > 1 && INNER_PREPOSITIONS.has(phrase[0].toLowerCase())) phrase = phrase.slice(1);
  // The phrase opens at its last determiner before any preposition it holds ("the mayor met the pilots", "two-thirds of
  // the voters"); with none, at the start of the run ("Russian-speaking Ukrainians in the east").
  const prep = phrase.findIndex((w, i) => i > 0 && INNER_PREPOSITIONS.has(w.toLowerCase()));
  const lead = prep > 0 ? phrase.slice(0, prep) : phrase;
  let opener = -1;
  lead.forEach((w, i) => {
    if (opens(w) && i < phrase.length - 1) opener = i;
  });
  if (opener >= 0) phrase = phrase.slice(opener);
  if (phrase.length === 0) return null;
  const head = phrase[phrase.length - 1].toLowerCase();
  if (OBJECT_PRONOUNS.has(head) || (PRONOUN_WORDS.has(head) && head !== 'those' && head !== 'these')) return null;
  if (/^(?:the|a|an|of|in|at|from|on|for|one|some|many|all|both|and)$/.test(head) || !/^\p{L}/u.test(head)) return null;
  return phrase.join(' ').replace(/[.]$/u, '').replace(/\uE000/gu, ',');
}

/** A relative clause set off by a dash or a parenthesis right before its cue ("Holt — who had backed Reyes — said"). */
const ASIDE_OPENER_RE = /(?:[—–]|\s-|\()\s*(?:who|which)\s+(?:\S+\s+){0,3}$/iu;

/**
 * Where the content of a cue inside a relative clause set off by dashes or a parenthesis ends: at the mark that closes
 * the aside ("… endorsed Bush for president — said …": "Bush for president"), or null when no aside opens before the cue.
 */
export function relativeAsideEnd(text: string, sentenceStart: number, phraseStart: number, content: { start: number; end: number }): number | null {
  const opener = ASIDE_OPENER_RE.exec(text.slice(Math.max(sentenceStart, phraseStart - 60), phraseStart));
  if (!opener) return null;
  const closer = opener[0].startsWith('(') ? /\)/u : /[—–]|\s-\s/u;
  const m = closer.exec(text.slice(content.start, content.end));
  return m ? content.start + m.index : null;
}
