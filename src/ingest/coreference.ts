/**
 * Who a pronoun ("he said") or a descriptor ("the senator said") refers to:
 * the person or organization mentioned before it that fits.
 */
import { type Context, type Found, POSSESSIVE_AFTER_RE, isSubject, mentionsWithin, person, sentenceIndexAt, sentenceOf, attributedAtEnd } from './attribution/context';
import type { ExtractedMention, ExtractedPerson, Gender } from './entity-extraction';
import { speaksInRelativeClause } from './attribution/relative-speaker';
import { personHeadIndex, untitledFit } from './attribution/descriptor-heads';
import { canonicalNation } from './mentions/titles';
import { DEMONYMS, EPITHET_NOUNS, FEMALE_WORDS, MALE_WORDS, ORGANIZATION_NOUNS, PERSON_NOUNS, ROLE_NOUN_TITLES, SPEECH_VERBS } from './lexicon';
import { STANCE_VERBS, finiteWordAfter } from './attribution/finite-words';
import type { Quotation } from './quotations';
import { withoutQuotations } from './quotation-mask';
import { fittingBefore, impliedNamed, isMentionedBefore } from './attribution/first-mentions';
import { closesOwnContent, speakerGoingOn } from './attribution/content-first-pronoun';
import { subordinateSubject } from './attribution/subordinate-clause-subjects';

export function viaPronoun(ctx: Context, q: Quotation, pronoun: string, at: number): Found | null {
  return viaPronounAt(ctx, q.paragraph, at, pronoun);
}

/**
 * He/she → the most recent person in subject position, compatible in gender,
 * looking back over up to four sentences. Two compatible subjects in the
 * same sentence, or nobody, give no speaker.
 */
export function viaPronounAt(ctx: Context, paragraph: number, at: number, pronoun: string): Found | null {
  // The direct and the reported attributors ask for one pronoun again and again (a third of the calls): each answer is
  // kept for the article, and a copy handed out.
  let known = pronounAnswers.get(ctx);
  if (known === undefined) pronounAnswers.set(ctx, (known = new Map()));
  const key = `${paragraph}:${at}:${pronoun}`;
  let found = known.get(key);
  if (found === undefined) known.set(key, (found = lookBack(ctx, paragraph, at, pronoun.toLowerCase() === 'she' ? 'female' : 'male', pronoun, 'pronoun')));
  return found === null ? null : { ...found, speaker: { ...found.speaker } };
}

/** viaPronounAt's answers, per article. */
const pronounAnswers = new WeakMap<Context, Map<string, Found | null>>();

const NO_PRONOUN = { samePronoun: /(?!)/, samePronounOpens: /(?!)/ };
/** The patterns of each pronoun written (a handful: "he", "She", …), built once. */
const PRONOUN_PATTERNS = new Map<string, typeof NO_PRONOUN>();

function pronounPatterns(pronoun: string | null): typeof NO_PRONOUN {
  // A description has no pronoun of its own to chain through.
  if (pronoun === null) return NO_PRONOUN;
  const known = PRONOUN_PATTERNS.get(pronoun);
  if (known) return known;
  const made = {
    samePronoun: new RegExp(`\\b${pronoun.toLowerCase()}\\b`, 'i'),
    // `Asked about Clinton's chances, she replied`: the names of a participial lead phrase are not its subject's.
    samePronounOpens: new RegExp(
      `^\\s*["“]?(?:(?:But|And|Yet|Still|Later|Then)\\s*,?\\s+)?(?:${pronoun.charAt(0).toUpperCase()}${pronoun.slice(1).toLowerCase()}\\b|(?:Asked|Pressed|Questioned|Responding|Reacting|Speaking)\\s[^"“”;]{0,200}?,\\s+${pronoun.toLowerCase()}\\b)`,
    ),
  };
  if (PRONOUN_PATTERNS.size < 64) PRONOUN_PATTERNS.set(pronoun, made);
  return made;
}

/**
 * The look-back behind viaPronounAt, for a pronoun or (`pronoun` null) a description of someone
 * named before whose gender may be unknown (`gender` null).
 */
function lookBack(ctx: Context, paragraph: number, at: number, gender: Gender | null, pronoun: string | null, method: string): Found | null {
  const compatible = (i: number): boolean => {
    const g = ctx.entities.people[i].gender;
    return g === null || gender === null || g === gender;
  };
  // A pronoun attributing a quotation that opens its sentence (`"…," she said`) means the nearest
  // subject. Inside a clause of a sentence with another subject (`Critics dubbed her "…," a label
  // she said …`), or past a sentence whose own he/she was that, the nearest fit of unknown gender
  // is held while the look-back goes on: a person of the pronoun's known gender further back
  // makes the reference ambiguous, and then there is no speaker.
  const own = sentenceOf(ctx, paragraph, at);
  // `Lee fits the bill, he added.`: after a speaker in the sentence before, the content's names are whom it is about.
  const goingOn = pronoun !== null && closesOwnContent(ctx.paragraphs[paragraph], own.start, at) ? speakerGoingOn(ctx, paragraph, own.start, lookBack(ctx, paragraph, own.start, gender, pronoun, method)) : null;
  if (goingOn !== null) return goingOn;
  let holdUnknown = /\p{L}/u.test(withoutQuotations(ctx, paragraph, own.start, at));
  let held: Found | null = null;
  const fit = (index: number, confidence: number): Found | 'held' | null => {
    if (ctx.entities.people[index].gender !== null) return held !== null && held.speaker.index !== index ? null : person(index, method, confidence);
    if (!holdUnknown) return person(index, method, confidence);
    held ??= person(index, method, confidence);
    return 'held';
  };
  const ownPatterns = pronounPatterns(pronoun);
  const { samePronoun } = ownPatterns;
  // A sentence naming no one but holding the same pronoun is a link of the chain: it counts towards a wider bound only.
  let looked = 0;
  let scanned = 0;
  for (let p = paragraph; p >= 0 && p >= paragraph - 4 && looked < 5 && scanned < SCAN_REACH; p--) {
    const text = ctx.paragraphs[p];
    // Only the few sentences the look-back can reach, found by binary search: run-on input stays linear.
    const all = ctx.sentences[p];
    const upto = p === paragraph ? sentenceIndexAt(all, at) : all.length - 1;
    const sentences = all.slice(Math.max(0, upto - SCAN_REACH), upto + 1).reverse();
    for (const s of sentences) {
      looked++;
      if (++scanned > SCAN_REACH) break;
      const limit = p === paragraph ? Math.min(s.end, at) : s.end;
      const described = describedSubject(ctx, p, s.start, limit, gender);
      if (described === 'unnamed') return held;
      // "The Ohio governor said …": someone named before, whom no title tells; the names after it are
      // objects, and the chain goes on back to whom the description (and so the pronoun) means.
      if (described === 'epithet') {
        if (looked >= 5) break;
        continue;
      }
      if (described !== null) {
        const g = ctx.entities.people[described].gender;
        if (g === null || gender === null || g === gender) {
          const r = fit(described, 0.8);
          if (r !== 'held') return r;
          if (looked >= 5) break;
          continue;
        }
      }
      const people = mentionsWithin(ctx, p, s.start, limit).filter((m) => m.type === 'person');
      const clauseSubject = p === paragraph && s.start === own.start && pronoun !== null ? subordinateSubject(text, s.start, at, people, compatible) : null;
      if (clauseSubject !== null) return person(clauseSubject, method, 0.8);
      // The speaker of an earlier quotation in this sentence counts as its subject.
      if (people.length === 0) {
        if (samePronoun.test(withoutQuotations(ctx, p, s.start, limit))) {
          holdUnknown = true;
          looked--;
        }
        if (looked >= 5) break;
        continue;
      }
      // The one person named in the attribution ending a sentence (`…, said Katie Lund, an analyst`) is whom a following he/she means.
      // So is the one person a relative clause makes a speaker (`…, Sen. Ann Lee, the panel's top Democrat, who said …`).
      const speaking = [...new Set(people.filter((m) => attributedAtEnd(text, s.start, m) || speaksInRelativeClause(text, m)).map((m) => m.entity))];
      if (speaking.length === 1 && compatible(speaking[0])) {
        const r = fit(speaking[0], 0.85);
        if (r !== 'held') return r;
        if (looked >= 5) break;
        continue;
      }
      // "While Calder has yet to back the plan, …": the subject of a clause set before the main one is not the sentence's.
      const subjects = people.filter((m) => isSubject(text, s.start, m, people) && !SUBORDINATE_OPENING_RE.test(text.slice(s.start, m.start)) && !POSSESSIVE_AFTER_RE.test(text.slice(m.end, m.end + 12)));
      // "John Smith and Peter Jones met…": coordinated subjects are subjects too.
      for (const m of people) {
        if (subjects.includes(m)) continue;
        if (subjects.some((sub) => /^,?\s+(?:and|or)\s+$/.test(text.slice(sub.end, m.start)))) subjects.push(m);
      }
      const fits = [...new Set(subjects.map((m) => m.entity))].filter(compatible);
      if (fits.length === 1) {
        const r = fit(fits[0], 0.85);
        if (r !== 'held') return r;
        if (looked >= 5) break;
        continue;
      }
      if (fits.length > 1) {
        // "Hollande denounced Trump's remarks …, warning that Obama …": the person opening the
        // sentence as its subject is what the sentence is about; a later subject of a clause
        // inside it is no rival, unless coordinated with it.
        const opening = p < paragraph || s.end <= own.start ? openingSubject(text, s.start, people, subjects) : null;
        if (opening === null || !compatible(opening)) return held;
        const r = fit(opening, 0.75);
        if (r !== 'held') return r;
        if (looked >= 5) break;
        continue;
      }
      // "Wines believes that the Clinton campaign …": the subject is a name the extraction did not take for a person; he/she means it.
      if (fits.length === 0 && subjects.length === 0 && unknownSubject(ctx, p, s.start, limit)) return held;
      // A possessor (`vouched for Trump's proposal`) is no rival to one other person of the pronoun's known gender.
      // (`Christie's been saying` is `has`, no possessive.)
      const owners = people.filter((m) => POSSESSIVE_AFTER_RE.test(text.slice(m.end, m.end + 12)));
      const others = [...new Set(people.filter((m) => !owners.includes(m)).map((m) => m.entity))];
      const named = owners.length > 0 && others.length === 1 && ctx.entities.people[others[0]].gender === gender ? people.filter((m) => !owners.includes(m)) : people;
      const anyFit = [...new Set(named.map((m) => m.entity))].filter(compatible);
      // "She credited her cast, particularly Ama Boateng": under a subject pronoun of the same
      // gender, a name in the predicate is not whom the next "she" means; the chain goes on back.
      // "…, which he said were split between Trump and Cruz": names only after the sentence's own
      // he/she are not whom it means (news copy does not name someone after a pronoun for them),
      // so that he/she is the chain's, which goes on back.
      // A description of unknown gender chains through the he/she of the one name's gender (`he did say he found Trump`).
      const lone = anyFit.length === 1 ? ctx.entities.people[anyFit[0]].gender : null;
      const chain = pronoun !== null ? ownPatterns : pronounPatterns(gender === 'female' || (gender === null && lone === 'female') ? 'she' : gender === 'male' || lone === 'male' ? 'he' : null);
      const ownPronoun = chain.samePronoun.exec(withoutQuotations(ctx, p, s.start, limit));
      const chained = chain.samePronounOpens.test(text.slice(s.start, p === paragraph && pronoun !== null ? Math.min(s.end, limit + pronoun.length + 1) : limit)) || (fits.length === 0 && ownPronoun !== null && named.every((m) => m.start > s.start + ownPronoun.index));
      if (anyFit.length === 1 && fits.length === 0 && !chained) {
        const r = fit(anyFit[0], 0.7);
        if (r !== 'held') return r;
        if (looked >= 5) break;
        continue;
      }
      if (anyFit.length > 1 && !chained) {
        // "Florida developer Mel Sembler expressed dismay at Trump's rise.": the name opening the
        // sentence before its verb is whom the next paragraph's he/she means; names after are objects.
        const opening = (p < paragraph || s.end <= own.start) && fits.length === 0 ? (openingSubject(text, s.start, people, people, true) ?? finiteSubject(text, s.start, people, compatible)) : null;
        if (opening === null || !compatible(opening)) return held;
        const r = fit(opening, 0.7);
        if (r !== 'held') return r;
        if (looked >= 5) break;
        continue;
      }
      if (looked >= 5) break;
    }
  }
  return held;
}

/** How many sentences a look-back may pass through at most, links of a pronoun's chain included. */
const SCAN_REACH = 9;

/** Before a sentence's opening subject: a connective, a short lead phrase and title words (`But Sen. `, `Last year, former Gov. `). */
const OPENING_RE = /^\s*(?:(?:But|And|Yet|So|However|Meanwhile|Still|Later|Then|Now|Also)\s*,?\s+)?(?:[\p{L}\p{N} ’'-]{1,40},\s+)?(?:[\p{Lu}][\p{L}.’'-]*\s+|(?:former|the)\s+|[\p{Ll}-]+\s+(?=\p{Lu}|$)){0,5}$/u;

/** A finite verb right after a name, past an appositive: `expressed`, `says`, `has long opposed`. */
const VERB_AFTER_RE = /^(?:\s*,[^,"“”]{1,120},)?\s+(?:(?:has|had|have|also|then|later|long|once|still|never|just)\s+)*\p{Ll}{2,}(?:ed|s)\b/u;

/** Words right before a later subject that open a clause of its own: `… and Brandt`, `…; Sen. Brandt`. */
const COORDINATED_CLAUSE_RE = /(?:\b(?:and|but|or|while|whereas|though|although)|[;:—–])\s+(?:[\p{Lu}][\p{L}.’'-]*\s+){0,4}$/u;

/**
 * The person whose mention opens the sentence as its subject, when no other subject is
 * coordinated with it (`X and Y said`) or shares its entity's rivals: null otherwise.
 */
function openingSubject(text: string, start: number, people: readonly ExtractedMention[], subjects: readonly ExtractedMention[], verbAfter = false): number | null {
  const first = people[0];
  if (!subjects.includes(first) || !OPENING_RE.test(text.slice(start, first.start))) return null;
  if (verbAfter && !VERB_AFTER_RE.test(text.slice(first.end, first.end + 160)) && !closesAppositive(text, start, first)) return null;
  // `Kessler spoke first and Brandt answered`: a subject opening a coordinated clause is a rival.
  const rival = subjects.some((m) => m.entity !== first.entity && (/^,?\s+(?:and|or|&)\s+/.test(text.slice(first.end, m.start)) || COORDINATED_CLAUSE_RE.test(text.slice(first.end, m.start))));
  return rival ? null : first.entity;
}

/** Before a name set in apposition to the sentence's opening noun phrase: `One delegate, party chairwoman `. */
const APPOSITION_BEFORE_RE = /^[^,;:"“”]{1,60},\s+(?:[\p{L}.’'-]+\s+){0,5}$/u;
/** The comma closing that appositive, then the verb: `, pledged`, `, has said`. */
const VERB_AFTER_APPOSITION_RE = /^,\s+(?:(?:has|had|have|also|then|later|long|once|still|never|just)\s+)*\p{Ll}{2,}(?:ed|s)\b/u;

/** `One superdelegate, party chairwoman Ann Lee, pledged …`: the name, in apposition to the subject, is it. */
function closesAppositive(text: string, start: number, m: ExtractedMention): boolean {
  return APPOSITION_BEFORE_RE.test(text.slice(start, m.start)) && VERB_AFTER_APPOSITION_RE.test(text.slice(m.end, m.end + 40));
}

/** A past-tense verb or an auxiliary right after a name (`Trump hewed`, `Ortiz has`, `Ortiz doesn't`), past an appositive or a parenthetical. */
const FINITE_AFTER_RE = /^(?:\s*\([^()]{0,40}\))?(?:\s*,[^,"“”]{1,120},|\s*[—–][^—–"“”]{1,120}[—–]|\s*[—–])?\s+(?:(?:also|then|later|still|never|just|quickly|again)\s+)?(?:\p{Ll}{2,}ed|has|had|is|was|will|would|could|can|did|does|do|took|made|gave|went|came|told|wrote|said|says)(?:n['’]t)?\b/u;

/** A sentence opening with a subordinating conjunction and title words before a name. */
const SUBORDINATE_OPENING_RE = /^\s*["“]?(?:While|Whereas|Although|Though|Because|If|When|Since|Unless|Until|Once)\s+(?:[\p{L}.’'-]+\s+){0,4}$/u;

/** Words before a name that make it an object, a possessor's complement or the subject of a subordinate clause (`claiming that Obama wanted`). */
const NOT_SUBJECT_BEFORE_RE =
  /(?:\b(?:of|to|for|with|by|at|from|on|in|about|against|than|between|like|under|over|as|and|or|nor|while|whereas|although|though|because|if|when|since|unless|until|after|before|that|whether|who|whom|which|what|how|why)|['’]s?)\s+(?:(?:[\p{Lu}][\p{L}.’'-]*|\p{Ll}+)\s+){0,4}$/iu;

/**
 * "In a September debate, while most of his rivals called for more troops, Ortiz hewed to the
 * mayor's approach": the one person of the pronoun's gender whose name a finite verb follows, when
 * no preposition, conjunction or possessive puts it in another role; null unless exactly one.
 */
function finiteSubject(text: string, start: number, people: readonly ExtractedMention[], compatible: (index: number) => boolean): number | null {
  const found = new Set<number>();
  for (const m of people) {
    if (!compatible(m.entity) || !(FINITE_AFTER_RE.test(text.slice(m.end, m.end + 160)) || finiteWordAfter(text.slice(m.end, m.end + 40)))) continue;
    if (NOT_SUBJECT_BEFORE_RE.test(text.slice(Math.max(start, m.start - 60), m.start))) continue;
    found.add(m.entity);
  }
  return found.size === 1 ? [...found][0] : null;
}

/** Capitalized words that open a sentence without naming anyone. */
const NOT_SUBJECT_NAMES = new Set(
  'nobody everybody somebody someone everyone anyone none the a an this that these those it its he she they we i you his her their our my there here but and yet so still later then now also both in on at after before during since when while if as for from with by to of not no some many most all one two three several other another each every such what which who'.split(
    ' ',
  ),
);

/**
 * A sentence whose subject is a capitalized word or two that no mention covers,
 * followed by a verb: `McLenney said …`, `Wines believes …`.
 */
function unknownSubject(ctx: Context, paragraph: number, start: number, limit: number): boolean {
  const text = ctx.paragraphs[paragraph].slice(start, limit);
  const m = /^\s*((?:\p{Lu}[\p{L}’'-]+\s+){1,2})(?:\p{Ll}+ly\s+)?(\p{Ll}{3,})\b/u.exec(text);
  if (!m || !(/\p{Ll}ed$/u.test(m[2]) || SPEECH_VERBS.has(m[2]) || STANCE_VERBS.has(m[2]))) return false;
  const first = m[1].trim().split(/\s+/)[0].toLowerCase().replace(/[’'].*$/, '');
  if (NOT_SUBJECT_NAMES.has(first) || PERSON_NOUNS.has(first) || ORGANIZATION_NOUNS.has(first)) return false;
  const at = start + m[0].indexOf(m[1]);
  return mentionsWithin(ctx, paragraph, at, at + m[1].trimEnd().length).length === 0;
}

/**
 * A sentence opening with a person descriptor: "The mayor, who…," resolves to
 * a person named earlier; "A Brightline spokeswoman declined…" or "One woman…"
 * is someone unnamed ('unnamed'); "The billionaire said…" with no one its title
 * fits is someone named before ('epithet'), when it fits the pronoun's gender.
 * Null when the sentence opens otherwise.
 */
function describedSubject(ctx: Context, paragraph: number, start: number, limit: number, gender: Gender | null): number | 'unnamed' | 'epithet' | null {
  const text = withoutQuotations(ctx, paragraph, start, limit);
  const m = /^\s*["“]?(?:(?:But|And|Yet|Still|Meanwhile|Later)\s*,?\s+)?(the|a|an|one|another|his|her|their)\s+((?:[\p{L}.’'-]+\s+){0,4}[\p{L}.’'-]+)/iu.exec(text);
  if (!m) return null;
  const npWords = m[2].split(/\s+/);
  const headAt = personHeadIndex(npWords, (w) => PERSON_NOUNS.has(w) || EPITHET_NOUNS.has(w));
  if (headAt < 0) return null;
  const afterHead = text.slice(m.index + m[0].length - m[2].length + npWords.slice(0, headAt + 1).join(' ').length);
  // "Her colleague, Tom Fletcher, said" / "Her husband Peter Hall started…": named right after; the mention decides.
  if (/^\s*,\s*\p{Lu}/u.test(afterHead)) return null;
  const headEnd = start + text.length - afterHead.length;
  if (ctx.mentions[paragraph].some((x) => x.type === 'person' && x.start >= headEnd && x.start <= headEnd + 2)) return null;
  const det = m[1].toLowerCase();
  // "One pastor supporting the plan, Dan Reed of Grace Church, said" / "The other man, his cousin Tom Reed, 40, cited":
  // named in apposition a few words on; the mention decides.
  if (namedInApposition(ctx, paragraph, headEnd)) return null;
  if (det !== 'the') return 'unnamed';
  const found = resolveDescriptor(ctx, paragraph, start, `the ${npWords.slice(0, headAt).join(' ')} `, npWords[headAt], false);
  if (found && found.speaker.type === 'person') return found.speaker.index;
  const head = npWords[headAt].toLowerCase();
  if (!EPITHET_NOUNS.has(head)) return 'unnamed';
  // "The actress said …" before a "he": someone else; the sentence's names decide.
  const described: Gender | null = FEMALE_WORDS.has(head) ? 'female' : MALE_WORDS.has(head) ? 'male' : null;
  return described === null || gender === null || described === gender ? 'epithet' : null;
}

/** "The other candidate on the stage, former Gov. Ann Lowe, said": the first person named within a short reach of the head, in apposition. */
function namedInApposition(ctx: Context, paragraph: number, headEnd: number): boolean {
  const named = ctx.mentions[paragraph].find((x) => x.type === 'person' && x.start >= headEnd && x.start <= headEnd + 80);
  return named !== undefined && APPOSITION_LEAD_RE.test(ctx.paragraphs[paragraph].slice(headEnd, named.start));
}

/** Between a description's head and a name in apposition to it: a short phrase, a comma and title words (`on the stage, former Gov. `). */
const APPOSITION_LEAD_RE = /^[^.;:,]{0,50},\s*(?:[\p{L}.’'-]+\s+){0,6}$/u;

/**
 * "the U.S. diplomat", "the senator", "the ministry": an entity named earlier
 * that fits the nationality, role and gender the descriptor gives. Only a
 * single fit resolves; an indefinite descriptor ("a spokesman") never does.
 */
export function resolveDescriptor(ctx: Context, paragraph: number, at: number, determinerPart: string, noun: string, salience = true): Found | null {
  const det = determinerPart.trim().split(/\s+/)[0].toLowerCase();
  if (det !== 'the') return null;
  const head = noun.toLowerCase();
  const modifiers = determinerPart
    .trim()
    .split(/\s+/)
    .slice(1)
    .map((w) => w.toLowerCase().replace(/[’']s$/, ''));
  if (ORGANIZATION_NOUNS.has(head) && !ROLE_NOUN_TITLES.has(head)) {
    // Only whether one organization fits matters: two of either kind are enough to know.
    const orgs = fittingBefore(ctx, paragraph, at, 'organization', `named:${head}`, (i) => ctx.entities.organizations[i].name.toLowerCase().split(/\s+/).includes(head), 2);
    const all = [...new Set([...orgs, ...impliedNamed(ctx, head)])];
    return all.length === 1 ? { speaker: { type: 'organization', index: all[0] }, method: 'descriptor', confidence: 0.75 } : null;
  }
  const titles = ROLE_NOUN_TITLES.get(head) ?? [];
  const nation = modifiers.map((w) => (DEMONYMS.has(w) || ['u.s.', 'american'].includes(w) ? canonicalNation(w) : null)).find((n) => n !== null) ?? null;
  const gender: Gender | null = FEMALE_WORDS.has(head) ? 'female' : MALE_WORDS.has(head) ? 'male' : null;
  // The test reads the description's modifiers only for a nationality and a rank (lesserRank): those and the head name it.
  const rank = modifiers.find((w) => LESSER_RANK_RE.test(`${w} `)) ?? '';
  const fits = (i: number): boolean => {
    const p: ExtractedPerson = ctx.entities.people[i];
    if (gender && p.gender && p.gender !== gender) return false;
    // A nationality the text never gave (`Chancellor Anna Vogt` for `the German chancellor`) is no mismatch.
    if (nation && p.nationality !== null && p.nationality !== nation) return false;
    const title = (p.title ?? '').toLowerCase();
    const roleTitles = [title, ...p.roles.map((r) => r.title.toLowerCase())];
    return titles.length === 0 ? false : roleTitles.some((t) => titles.some((x) => t.includes(x.replace(/\.$/, '')) && !lesserRank(t, x.replace(/\.$/, ''), modifiers)));
  };
  // Whether one person fits, or else whether the one a look-back finds does: two are enough to know.
  const people = fittingBefore(ctx, paragraph, at, 'person', `described:${head}|${nation ?? ''}|${rank}`, fits, 2);
  if (people.length === 1) return person(people[0], 'descriptor', 0.8);
  // "The New York businessman said": no one was given the title; the description means the person the
  // text is about, as a pronoun would (a nationality it gives must have matched a title).
  // Not past a possessor (`the agency's inspector`: someone new) nor in a coordination (`the mayor and the bishop`).
  const alone = !/[’']s\b|\b(?:and|or|nor)\b/i.test(determinerPart) && !/\b(?:and|or|nor)\s+$/i.test(ctx.paragraphs[paragraph].slice(Math.max(0, at - 8), at));
  // `Sen. Hale … Sen. Brandt … "…," Hale said. The senator said`: of several people the title fits, the one the
  // text is about, found as a pronoun's look-back finds its subject, and only if the title fits that one.
  if (people.length > 1 && salience && alone) {
    const found = lookBack(ctx, paragraph, sentenceOf(ctx, paragraph, at).start, gender, null, 'descriptor');
    return found !== null && found.speaker.type === 'person' && fits(found.speaker.index) && isMentionedBefore(ctx, paragraph, at, 'person', found.speaker.index) ? found : null;
  }
  // `Ann Lowe still backs the plan. "…," the Ohio senator said`: a role no one was given the title of means the person
  // the text is about too, when the text gave that person no title at all (a known other office rules them out).
  if (people.length === 0 && salience && alone && !EPITHET_NOUNS.has(head) && !/^spokes/.test(head) && titles.length > 0) return untitledFit(ctx, paragraph, at, nation, lookBack(ctx, paragraph, sentenceOf(ctx, paragraph, at).start, gender, null, 'descriptor'));
  if (people.length === 0 && salience && alone && EPITHET_NOUNS.has(head)) {
    // From the sentence before: a name earlier in the description's own sentence (`Speaking with Ann Lowe, the minister said`) is not whom it means.
    const found = lookBack(ctx, paragraph, sentenceOf(ctx, paragraph, at).start, gender, null, 'descriptor');
    // `the Russian leader` after `Mr. Putin`: a nationality the description gives must not be another one known of the person.
    const known = found !== null && found.speaker.type === 'person' ? ctx.entities.people[found.speaker.index].nationality : null;
    return nation === null || known === null || known === nation ? found : null;
  }
  return null;
}

/** Words before a title that make it another office (`Vice President`, `Deputy Director`). */
const LESSER_RANK_RE = /\b(vice|deputy|assistant|associate|lieutenant)[\s-]+$/;

/**
 * Whether `title` holds `word` under another rank than the description gives: `the president` is no vice
 * president, and `the vice president` no president.
 */
function lesserRank(title: string, word: string, modifiers: readonly string[]): boolean {
  const rank = LESSER_RANK_RE.exec(title.slice(0, title.indexOf(word)));
  const described = modifiers.find((w) => LESSER_RANK_RE.test(`${w} `));
  return rank === null ? described !== undefined : rank[1] !== described;
}
