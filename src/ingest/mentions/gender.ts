/** A person's gender from gendered words in a title, or from the He/She that follows their mention. */
import type { Gender } from '../entity-extraction';
import { FEMALE_WORDS, MALE_WORDS } from '../lexicon';
import type { PersonState, RawMention } from './state';

/** What the pronoun vote reads of the register (register.ts), which in turn uses genderOfWords. */
interface NamedSoFar {
  readonly mentions: readonly RawMention[];
  readonly people: readonly PersonState[];
}

/** The one person a list of mentions names, or undefined when it names none or several. */
function onePerson(mentions: readonly RawMention[]): number | undefined {
  if (mentions.length === 0) return undefined;
  const first = mentions[0].entity;
  return mentions.every((m) => m.entity === first) ? first : undefined;
}

/**
 * He/she evidence: a sentence opening with He or She (or His, Her) after the mentions of exactly one person in its
 * paragraph so far, or, with none so far, in the paragraph before. Each paragraph's person mentions are read once, in
 * order of their ends, so a text of many paragraphs or many pronouns stays linear.
 */
export function inferGendersFromPronouns(reg: NamedSoFar, paragraphs: readonly string[]): void {
  const votes = new Map<number, { male: number; female: number }>();
  const byUnit = new Map<number, RawMention[]>();
  for (const m of reg.mentions) {
    if (m.type !== 'person') continue;
    const list = byUnit.get(m.unit);
    if (list) list.push(m);
    else byUnit.set(m.unit, [m]);
  }
  paragraphs.forEach((text, unit) => {
    const here = [...(byUnit.get(unit) ?? [])].sort((a, b) => a.end - b.end);
    const re = /(^|[.!?]["”]?\s+)(He|She|His|Her)\b/g;
    let read = 0;
    let first: number | undefined;
    let several = false;
    // The paragraph before names one person or not: read once, for every pronoun before this paragraph's first mention.
    const before = onePerson(byUnit.get(unit - 1) ?? []);
    for (const m of text.matchAll(re)) {
      const at = m.index + m[1].length;
      for (; read < here.length && here[read].end <= at; read++) {
        if (first === undefined) first = here[read].entity;
        else if (here[read].entity !== first) several = true;
      }
      const person = read === 0 ? before : several ? undefined : first;
      if (person === undefined) continue;
      const v = votes.get(person) ?? { male: 0, female: 0 };
      if (m[2] === 'He' || m[2] === 'His') v.male++;
      else v.female++;
      votes.set(person, v);
    }
  });
  for (const [person, v] of votes) {
    const p = reg.people[person];
    if (p.gender === null && v.male !== v.female) p.gender = v.male > v.female ? 'male' : 'female';
  }
}

/** Words after which a title speaks of someone else: "pollster for Mr. Trump", "wife of the senator". */
const ABOUT_ANOTHER = new Set(['for', 'of', 'to', 'at', 'with', 'from', 'by', 'who', 'whose', 'which', 'that']);

export function genderOfWords(s: string): Gender | null {
  const all = s.toLowerCase().split(/[\s,]+/);
  const cut = all.findIndex((w) => ABOUT_ANOTHER.has(w));
  const words = cut < 0 ? all : all.slice(0, cut);
  if (words.some((w) => FEMALE_WORDS.has(w) && !['her', 'she'].includes(w))) return 'female';
  if (words.some((w) => MALE_WORDS.has(w) && !['he', 'his', 'him'].includes(w))) return 'male';
  return null;
}
