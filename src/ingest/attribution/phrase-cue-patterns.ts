/**
 * The patterns of `lexicon/phrase-cue-lemmas.json` spelt out: a key with `{slot}` placeholders ("take a {modifier}
 * {noun} at") stands for one lemma per combination of the words its entry's `slots` list ("take a veiled swipe at",
 * "take a parting jab at", …), the first slot varying slowest, each with the entry's other fields. `{a}` is the
 * indefinite article of the word after it ("sound an upbeat note on", "sound a sour note on"). Pure; no I/O; run
 * once when the lexicon is read.
 */

/** The words each slot of a pattern stands for. */
export type PatternSlots = Readonly<Record<string, readonly string[]>>;

const SLOT_RE = /\{(\w+)\}/gu;

/** "a", or "an" before a word opening with a vowel letter. */
function article(next: string): string {
  return /^[aeiou]/iu.test(next) ? 'an' : 'a';
}

/** Every phrase `pattern` stands for, in order: "sound {a} {modifier} note {preposition}" → "sound a cautious note about", … */
export function expandPattern(pattern: string, slots: PatternSlots): string[] {
  const used = new Set<string>();
  let phrases = [''];
  let last = 0;
  for (const m of pattern.matchAll(SLOT_RE)) {
    const literal = pattern.slice(last, m.index);
    last = m.index + m[0].length;
    const name = m[1];
    // The article is chosen once the word after it is known.
    if (name === 'a') {
      phrases = phrases.map((p) => p + literal + m[0]);
      continue;
    }
    const words = slots[name];
    if (words === undefined || words.length === 0) throw new Error(`lexicon/phrase-cue-lemmas.json: "${pattern}" has no words for {${name}}`);
    used.add(name);
    phrases = phrases.flatMap((p) => words.map((word) => p + literal + word));
  }
  const unused = Object.keys(slots).filter((name) => !used.has(name));
  if (unused.length > 0) throw new Error(`lexicon/phrase-cue-lemmas.json: "${pattern}" does not use {${unused.join('}, {')}}`);
  const tail = pattern.slice(last);
  return phrases.map((p) => (p + tail).replace(/\{a\}(\s+)(\S)/gu, (_, space: string, next: string) => article(next) + space + next));
}

/** The lexicon with each pattern replaced by the lemmas it stands for, where it stands; a lemma listed twice is an error. */
export function expandPhraseLemmas<T extends object>(lexicon: Readonly<Record<string, string | (T & { slots?: PatternSlots })>>): Record<string, string | T> {
  const out: Record<string, string | T> = {};
  const add = (lemma: string, entry: string | T): void => {
    if (Object.hasOwn(out, lemma)) throw new Error(`lexicon/phrase-cue-lemmas.json: "${lemma}" is listed twice`);
    out[lemma] = entry;
  };
  for (const [key, entry] of Object.entries(lexicon)) {
    if (typeof entry === 'string' || entry.slots === undefined) {
      add(key, entry);
      continue;
    }
    const { slots, ...rest } = entry;
    for (const lemma of expandPattern(key, slots)) add(lemma, rest as T);
  }
  return out;
}
