/** A person's gender from gendered words in a title, or from the He/She that follows their mention. */
import type { Gender } from '../entity-extraction';
import { FEMALE_WORDS, MALE_WORDS } from '../lexicon';
import type { PersonState, RawMention } from './state';

/** What the pronoun vote reads of the register (register.ts), which in turn uses genderOfWords. */
interface NamedSoFar {
  readonly mentions: readonly RawMention[];
  readonly people: readonly PersonState[];
}

/** He/she evidence: a sentence naming exactly one person, followed by a sentence opening with He or She. */
export function inferGendersFromPronouns(reg: NamedSoFar, paragraphs: readonly string[]): void {
  const votes = new Map<number, { male: number; female: number }>();
  paragraphs.forEach((text, unit) => {
    const here = reg.mentions.filter((m) => m.unit === unit && m.type === 'person');
    const re = /(^|[.!?]["”]?\s+)(He|She|His|Her)\b/g;
    for (const m of text.matchAll(re)) {
      const at = m.index + m[1].length;
      const before = here.filter((x) => x.end <= at);
      const prevUnit = before.length === 0 ? reg.mentions.filter((x) => x.unit === unit - 1 && x.type === 'person') : before;
      const people = new Set(prevUnit.map((x) => x.entity));
      if (people.size !== 1) continue;
      const [person] = people;
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
