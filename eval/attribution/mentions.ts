/**
 * People named in an article's raw text, found by the scorer itself (independent of the extraction):
 * - a given name followed by a surname ("Colleen Deacon", "Donald J. Trump", "Joseph R. Biden Jr."), the given
 *   name's usual gender from the gender-detection-from-name package (unless the name is common to both sexes);
 * - a personal title before capitalised words ("Mr. McKinley", "Sen. Ted Cruz", "President Obama"), "Mr." male,
 *   "Mrs.", "Ms." and "Miss" female;
 * - a surname of a person found so ("Stumpf" after "John Stumpf", "Trump's"), with that person's gender;
 * - the names of the gold named sources, which are people where they are person-like.
 * The first line (the headline, in title case) is read for gold sources only.
 */
import englishGivenNames from 'gender-detection-from-name/names/en';

export type Gender = 'male' | 'female';

export interface Mention {
  start: number;
  end: number;
  /** The name as written, titles and a possessive dropped. */
  name: string;
  /** The person's full name where the article gives one ("Stumpf" → "John Stumpf"), else `name`. */
  fullName: string;
  /** Genders the name allows; empty when unknown. */
  genders: ReadonlySet<Gender>;
}

const words = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

/** Given names common to both sexes in news copy: they tell no gender. */
const UNISEX = words(`
  lee jean pat chris terry jordan taylor robin kim dana leslie kelly tracy tracey jamie casey morgan alex sam jesse
  shannon lynn marion carroll kerry drew blair sidney jackie jody billie bobbie frankie stacey avery riley quinn cameron
  dakota peyton reese rory sasha toni ali jan gene francis ashley courtney
`);

/** Titles that stand before a person's name, lower case without the period; the value is the gender they tell. */
const PERSON_TITLES: ReadonlyMap<string, Gender | null> = (() => {
  const map = new Map<string, Gender | null>([
    ['mr', 'male'],
    ['mrs', 'female'],
    ['ms', 'female'],
    ['miss', 'female'],
  ]);
  const titles = words(`dr sen senator rep representative gov governor president pres secretary sec gen general lt col adm
    admiral professor prof speaker rev judge justice mayor ambassador minister sheriff sgt capt chancellor commissioner
    councilman councilwoman assemblyman assemblywoman congressman congresswoman`);
  for (const t of titles) map.set(t, t.endsWith('woman') ? 'female' : t.endsWith('man') ? 'male' : null);
  return map;
})();

/** Capitalised words that end a description, not a name ("the Wisconsin Republican", "a New York Democrat"). */
const NOT_SURNAMES = words(`
  republican republicans democrat democrats independent independents conservative conservatives liberal liberals
  libertarian libertarians american americans germans europeans mexicans christians muslims jews catholics evangelicals
`);

/** Words after a surname that belong to the name ("Jr.") and are dropped. */
const SUFFIXES = /^(?:jr|sr|ii|iii|iv)\.?,?$/i;

/** A run of capitalised words, initials and particles ("Joseph R. Biden Jr.", "Mr. Trump's"), one space apart. */
const RUN = /[\p{Lu}][\p{L}’'.-]*(?:[ \t]+(?:(?:de|van|von|del|der|la|bin)[ \t]+)?[\p{Lu}][\p{L}’'.-]*)*/gu;

/** A word ending a sentence inside a run ("Ms. Shanklin-Hawkins. While"): a period after a word that is no initial, title or suffix. */
function sentenceEnd(word: string): boolean {
  return /\.$/.test(word) && !/^\p{Lu}\.$/u.test(word) && !PERSON_TITLES.has(word.slice(0, -1).toLowerCase()) && !SUFFIXES.test(word) && !/^(?:\p{Lu}\.)+$/u.test(word);
}

/** The runs of capitalised words in a text, cut at sentence ends, with where each starts. */
function runs(text: string, from: number): { run: string; at: number }[] {
  const out: { run: string; at: number }[] = [];
  for (const m of text.slice(from).matchAll(RUN)) {
    let at = from + (m.index ?? 0);
    let rest = m[0];
    for (;;) {
      const cut = rest.split(/([ \t]+)/);
      let len = 0;
      let i = 0;
      for (; i < cut.length; i += 2) {
        len += cut[i].length;
        if (sentenceEnd(cut[i]) && i + 1 < cut.length) break;
        len += (cut[i + 1] ?? '').length;
      }
      if (i >= cut.length) {
        out.push({ run: rest, at });
        break;
      }
      out.push({ run: rest.slice(0, len), at });
      const skip = len + cut[i + 1].length;
      at += skip;
      rest = rest.slice(skip);
    }
  }
  return out;
}

/** The usual gender of a given name: null for a name of both sexes, undefined for a word that is no given name. */
export function givenNameGender(word: string): Gender | null | undefined {
  const w = word.toLowerCase();
  if (w.length < 2 || /\./.test(w)) return undefined;
  const g = englishGivenNames.get(w);
  if (g !== 'male' && g !== 'female') return undefined;
  return UNISEX.has(w) ? null : g;
}

const clean = (w: string): string => w.replace(/[’']s$/, '').replace(/[’',.]+$/, '');
const isInitial = (w: string): boolean => /^\p{Lu}\.?$/u.test(w);

interface RawMention {
  start: number;
  end: number;
  name: string;
  /** Whether the name has a given name (else it is a surname alone). */
  full: boolean;
  gender: Gender | null;
}

/** A run read as a name: a titled name, or a given name with a surname; null otherwise. */
function readRun(run: string, at: number): RawMention | null {
  const parts = run.split(/[ \t]+/);
  // A possessive ends the name ("Mr. Trump's favorite").
  const poss = parts.findIndex((p) => /[’']s$/.test(p));
  const ws = (poss >= 0 ? parts.slice(0, poss + 1) : parts).map(clean);
  while (ws.length > 1 && SUFFIXES.test(ws[ws.length - 1])) ws.pop();
  if (ws.length === 0 || ws[ws.length - 1].length < 2 || NOT_SURNAMES.has(ws[ws.length - 1].toLowerCase())) return null;
  let title = -1;
  ws.forEach((w, i) => {
    if (i < ws.length - 1 && PERSON_TITLES.has(w.toLowerCase().replace(/\.$/, ''))) title = i;
  });
  // The given name: two words before the surname's end, or three when an initial stands between.
  const last = ws.length - 1;
  let given = -1;
  for (const i of [last - 1, last - 2]) {
    if (i <= title || i < 0) continue;
    if (i === last - 2 && !isInitial(ws[last - 1]) && givenNameGender(ws[last - 1]) === undefined) continue;
    if (givenNameGender(ws[i]) !== undefined) {
      given = i;
      break;
    }
  }
  // A given name before it is the first name ("Donna Sampson Rawlings").
  if (given > 0 && given - 1 > title && givenNameGender(ws[given - 1]) !== undefined) given--;
  const startWord = given >= 0 ? given : title >= 0 ? title + 1 : -1;
  if (startWord < 0) return null;
  const name = ws.slice(startWord).join(' ');
  const titleGender = title >= 0 ? (PERSON_TITLES.get(ws[title].toLowerCase().replace(/\.$/, '')) ?? null) : null;
  const start = at + run.indexOf(ws[startWord]);
  const end = at + run.lastIndexOf(ws[last]) + ws[last].length;
  return { start, end: Math.max(end, start), name, full: given >= 0, gender: given >= 0 ? (givenNameGender(ws[given]) ?? titleGender) : titleGender };
}

const ORGANIZATION_WORDS =
  /\b(department|committee|campaign|party|news|times|post|journal|press|association|institute|university|council|commission|agency|office|ministry|court|senate|house|congress|administration|foundation|group|network|center|centre|inc|corp|company|bureau|service|poll|report|daily|magazine|television|radio|tv)\b/i;

/** Whether a named source can be what "he", "she" or "I" stands for: no organization word, not an acronym. */
export function personLike(name: string): boolean {
  return !ORGANIZATION_WORDS.test(name) && !/^[\p{Lu}\d.&-]{2,}$/u.test(name);
}

/** Whether a name can be a person's: person-like, and not a party or a demonym after a place ("Wisconsin Republican"). */
export function namesPerson(name: string): boolean {
  return personLike(name) && !NOT_SURNAMES.has(name.split(/\s+/).pop()?.toLowerCase() ?? '');
}

const lastWord = (name: string): string => name.split(/\s+/).pop()?.toLowerCase() ?? '';

/**
 * The people named in the text after its first line, plus the given named sources (name and where the span starts),
 * in text order. A surname alone is a mention when the article names the person in full or with a title somewhere.
 */
export function personMentions(text: string, sources: readonly { start: number; name: string }[]): Mention[] {
  const bodyStart = Math.max(0, text.indexOf('\n'));
  const raw: RawMention[] = [];
  const loose: { start: number; end: number; name: string }[] = [];
  for (const { run, at } of runs(text, bodyStart)) {
    const r = readRun(run, at);
    if (r !== null) raw.push(r);
    else {
      const parts = run.split(/[ \t]+/);
      const poss = parts.findIndex((p) => /[’']s$/.test(p));
      const ws = (poss >= 0 ? parts.slice(0, poss + 1) : parts).map(clean);
      while (ws.length > 1 && SUFFIXES.test(ws[ws.length - 1])) ws.pop();
      const w = ws[ws.length - 1];
      if (w.length > 1) loose.push({ start: at + run.lastIndexOf(w), end: at + run.lastIndexOf(w) + w.length, name: w });
    }
  }
  // Genders and full names by surname.
  const bySurname = new Map<string, { genders: Set<Gender>; full: string[] }>();
  const note = (name: string, full: boolean, gender: Gender | null): void => {
    const key = lastWord(name);
    const e = bySurname.get(key) ?? { genders: new Set<Gender>(), full: [] };
    if (gender !== null) e.genders.add(gender);
    if (full && name.includes(' ') && !e.full.includes(name)) e.full.push(name);
    bySurname.set(key, e);
  };
  for (const r of raw) note(r.name, r.full, r.gender);
  // A one-word source the text never names in full or with a title is more often an organization ("Twitter") than a person.
  const named = new Set(bySurname.keys());
  const people = sources.filter((s) => s.name.includes(' ') || named.has(lastWord(s.name)));
  for (const s of people) note(s.name, s.name.includes(' '), null);
  const out: Mention[] = [];
  const make = (start: number, end: number, name: string, own: Gender | null): Mention => {
    const e = bySurname.get(lastWord(name));
    const genders = own !== null ? new Set<Gender>([own]) : new Set<Gender>(e?.genders ?? []);
    const fullName = !name.includes(' ') && e !== undefined && e.full.length === 1 ? e.full[0] : name;
    return { start, end, name, fullName, genders };
  };
  for (const r of raw) out.push(make(r.start, r.end, r.name, r.gender));
  for (const l of loose) if (bySurname.has(l.name.toLowerCase())) out.push(make(l.start, l.end, l.name, null));
  for (const s of people) if (!out.some((m) => m.start <= s.start + s.name.length && m.end >= s.start)) out.push(make(s.start, s.start + s.name.length, s.name, null));
  return out.sort((a, b) => a.start - b.start);
}
