/** Attribution written before a quote: `Kerry said: "…"`, `The minister, who warned that "…"`. */
import { attributeAfter, speakerStartingAt } from './after';
import { type Context, type Found, mentionsWithin, quotationsBefore, sentenceOf, titleLike } from './context';
import { AFFILIATION_PREFIX_RE, ATTRIBUTION_WINDOW, COORDINATED_RE, DASH_APPOSITIVE_GAP_RE, DESCRIPTOR_BEFORE_VERB_RE, PRONOUN_BEFORE_VERB_RE, RELATIVE_AFTER_APPOSITIVE_RE, RELATIVE_GAP_RE, SUBJECT_GAP_RE, TIME_PHRASE, speechVerbs } from './patterns';
import { resolveDescriptor, viaPronounAt } from '../coreference';
import { ADDRESSEE_VERBS, PARTICIPLE_SPEECH, PARTY_MEMBERS, PERSON_NOUNS, REPORTING_CUES, REPORTING_VERBS, TITLE_HEADS } from '../lexicon';
import { hasSpeechVerb } from '../text';
import type { Quotation } from '../quotations';
import type { ExtractedMention } from '../entity-extraction';

/** `Kerry said "…"` · `X insisted on ABC's "This Week" that … "…"` · `…, saying that "…"`. */
export function attributeBefore(ctx: Context, q: Quotation): Found | null {
  const text = ctx.paragraphs[q.paragraph];
  const sentence = sentenceOf(ctx, q.paragraph, q.open);
  // An attribution sits within a few hundred characters of its quote; the window keeps run-on text linear.
  const spanStart = Math.max(sentence.start, q.open - ATTRIBUTION_WINDOW);
  const before = text.slice(spanStart, q.open);
  const nearby: Quotation[] = [];
  for (const o of quotationsBefore(ctx, q)) {
    if ((o.close ?? text.length) <= spanStart) break;
    nearby.push(o);
  }
  // Speech verbs before the quote, outside other quotations, nearest first.
  const verbs: { index: number; word: string }[] = [];
  for (const m of speechVerbs(before)) {
    const abs = spanStart + m.index;
    if (nearby.some((o) => abs > o.open && abs < (o.close ?? text.length))) continue;
    verbs.push({ index: abs, word: m.text });
  }
  // Only the nearest verb: "X said Russia warned that "…"" quotes Russia, whom we cannot name.
  const said = verbs.pop();
  if (!said) return objectOfCue(ctx, q, spanStart, before);
  // `X told a woman who suggested that … that "…"`: the verb of a relative clause on the addressee is not the quotation's.
  const addressee = addresseeBeforeRelative(text, [...verbs, said], q.open);
  if (addressee) return speakerOfVerb(ctx, q, spanStart, addressee);
  // `…, going on to say that "…"`, `X went on to say`: the verb phrase stands where its first word does.
  const goOn = GO_ON_TO_RE.exec(text.slice(Math.max(spanStart, said.index - 20), said.index));
  const nearest = goOn ? { index: said.index - goOn[0].length, word: goOn[1] } : said;
  const shared = isParticiple(nearest.word) ? participleAfterAttribution(ctx, q.paragraph, spanStart, verbs[verbs.length - 1], nearest) : null;
  if (shared) return shared;
  const found = speakerOfVerb(ctx, q, spanStart, nearest);
  if (found && found.method !== 'pronoun' && insideReportedClause(ctx, q.paragraph, verbs, nearest, found)) return null;
  return found;
}

/** Between a verb taking an addressee and a relative clause on that addressee: `told a young woman who `. */
const ADDRESSEE_RELATIVE_RE = /^\s+(?:(?:a|an|the|one|two|some|several)\s+)?(?:[\p{L}-]+\s+){0,3}?(?:who|whom)\s+(?:\p{Ll}+ly\s+)?$/u;

/**
 * `Ramsey told a young woman who suggested that some would stay home that "…"`: the nearest verb opens a relative
 * clause on the object of an earlier verb that takes an addressee, and the clause's own that-clause ends before a
 * second `that` opens the quotation. (`… a woman who said that "…"` quotes the woman.)
 */
function addresseeBeforeRelative(text: string, verbs: readonly { index: number; word: string }[], quoteAt: number): { index: number; word: string } | null {
  // The relative clause's verb is one of the last three (a noun such as `protests` inside the clause may read as one).
  for (let k = verbs.length - 1; k >= Math.max(1, verbs.length - 3); k--) {
    const outer = verbs[k - 1];
    const relative = verbs[k];
    if (!ADDRESSEE_VERBS.has(outer.word.toLowerCase()) || !ADDRESSEE_RELATIVE_RE.test(text.slice(outer.index + outer.word.length, relative.index))) continue;
    const tail = text.slice(relative.index + relative.word.length, quoteAt);
    return !/["“”]/.test(tail) && /\bthat\s[^;]{8,}\sthat\s*$/.test(tail) ? outer : null;
  }
  return null;
}

/** A past reporting verb and a determiner at most right before a quotation: `attacked `, `condemned the `. */
const OBJECT_CUE_BEFORE_RE = /(?:^|\s)(\p{Ll}+ed)\s+(?:(?:the|his|her|their|its)\s+)?$/u;

/** The same verb, its object and `as` right before a quotation: `characterized the senator, D-Va., as, `. */
const OBJECT_AS_BEFORE_RE = /(?:^|\s)(\p{Ll}+ed)\s+[^"“”;:]{1,80}?\s+as,?\s+$/u;

/**
 * `Trump attacked "the hateful ideology of …"`: a fragment quoted as the whole object of a reporting verb
 * that takes one (`attacked`, `condemned`, `praised`) is its subject's words; so is one quoted as what the
 * verb's object is called (`she characterized the plan as "…"`).
 */
function objectOfCue(ctx: Context, q: Quotation, spanStart: number, before: string): Found | null {
  const m = OBJECT_CUE_BEFORE_RE.exec(before) ?? OBJECT_AS_BEFORE_RE.exec(before);
  if (m === null || !/^\p{Ll}/u.test(q.text) || REPORTING_CUES.get(m[1])?.frame !== 'object') return null;
  const found = subjectBefore(ctx, q.paragraph, spanStart, spanStart + m.index + m[0].indexOf(m[1]));
  return found && found.method !== 'descriptor' ? found : null;
}

/** `going on to ` / `went on to ` right before a speech verb. */
const GO_ON_TO_RE = /\b(going|went|goes)\s+on\s+to\s+$/i;

/** A participle of speech (`adding`), or `going` of `going on to say`. */
function isParticiple(word: string): boolean {
  const lower = word.toLowerCase();
  return PARTICIPLE_SPEECH.has(lower) || lower === 'going';
}

/**
 * `The two will meet next week, Spicer said Tuesday, adding, "…"` or `…, said Ana Ruiz, adding: "…"`:
 * a participle right after an attribution ending a clause shares that attribution's subject.
 */
function participleAfterAttribution(ctx: Context, paragraph: number, spanStart: number, prev: { index: number; word: string } | undefined, participle: { index: number }): Found | null {
  if (prev === undefined) return null;
  const text = ctx.paragraphs[paragraph];
  const prevEnd = prev.index + prev.word.length;
  const gap = text.slice(prevEnd, participle.index);
  if (!/^[^"“”;]{0,100},\s*$/.test(gap)) return null;
  // Inverted: `…, said Ana Ruiz, adding`.
  const lead = /^\s+/.exec(gap);
  const s = lead ? speakerStartingAt(ctx, paragraph, prevEnd + lead[0].length) : null;
  if (s && /^(?:\s*\([^()]{0,60}\))?\s*,\s*$/.test(text.slice(s.end, participle.index))) return { speaker: s.speaker, method: 'said-before-quote', confidence: 0.85 * s.confidence };
  // `…, Spicer said (Tuesday) (on CNN), adding`: only a time or an occasion between the verb and the participle.
  const rest = gap.slice(TIME_PHRASE.exec(gap)![0].length);
  if (!/^\s*,\s*$/.test(rest) || !/,\s*(?:\S+\s+){1,6}$/.test(text.slice(spanStart, prev.index))) return null;
  const found = subjectBefore(ctx, paragraph, spanStart, prev.index);
  return found && found.method !== 'descriptor' ? found : null;
}

/**
 * `X said Republicans had promised voters "…"`: the subject found for the
 * nearest verb sits inside what an earlier verb of the sentence reports, so
 * whose words the quotation holds is unclear. Coordination (`…, and Y argued
 * "…"`) starts a clause of its own and does not count.
 */
function insideReportedClause(ctx: Context, paragraph: number, earlier: readonly { index: number; word: string }[], nearest: { index: number }, found: Found): boolean {
  const outer = earlier[earlier.length - 1];
  if (!outer) return false;
  const text = ctx.paragraphs[paragraph];
  // `"…," said X, an analyst, who called …`: the name after an inverted verb is its subject, not a reported clause.
  if (/[”"]\s*,?\s*$|,\s*[”"]\s*$/.test(text.slice(Math.max(0, outer.index - 4), outer.index))) return false;
  const from = outer.index + outer.word.length;
  const between = text.slice(from, nearest.index);
  const mention = ctx.mentions[paragraph].find((m) => m.type === found.speaker.type && m.entity === found.speaker.index && m.start >= from && m.end <= nearest.index);
  if (!mention) return false;
  // The subject right after the outer verb, as a reported clause begins: "said (Tuesday) (that) Republicans…", "told reporters that Kerry…".
  const lead = text.slice(from, mention.start);
  return REPORTING_VERBS.has(outer.word.toLowerCase()) && /^\s+(?:[\p{L}-]+\s+){0,4}$/u.test(lead) && between.length < 200;
}

function speakerOfVerb(ctx: Context, q: Quotation, spanStart: number, verb: { index: number; word: string }): Found | null {
  const text = ctx.paragraphs[q.paragraph];
  const word = verb.word.toLowerCase();
  // Inverted before the quote: `said Kerry: "…"`.
  const afterVerb = verb.index + verb.word.length;
  // Never after a cue whose object is its addressee (`Mook told CBS: "…"`, `X told Fox News: "…"`) or what it names
  // (`called Ruiz "…"`), or after a preposition (`said of Rubio: "…"`, `added about Carson:`, `responds to Mills with,`).
  const cue = REPORTING_CUES.get(word);
  const inv = ADDRESSEE_VERBS.has(word) || cue?.object === 'required' || cue?.frame === 'object' ? null : /^\s+(?!(?:of|about|to|with|toward|towards|against|for)\s)/.exec(text.slice(afterVerb));
  if (inv) {
    const s = speakerStartingAt(ctx, q.paragraph, afterVerb + inv[0].length);
    const gap = s ? text.slice(s.end, q.open) : '';
    // With no comma or colon, the quotation must open a sentence of its own: in `Kelly said Ruiz "stayed late"` the
    // quotation is the predicate of a reported clause whose subject is the name, and Kelly speaks.
    if (s && /^\s*(?:\([^()]*\))?\s*[,:]?\s*$/.test(gap) && (/[,:]/.test(gap) || /^[^\p{L}]{0,3}\p{Lu}/u.test(text.slice(q.open + 1, q.open + 5)))) {
      return { speaker: s.speaker, method: 'said-before-quote', confidence: 0.9 * s.confidence };
    }
    // `Said Ana Ruiz, who grew up here, "…"`: a verb opening its sentence, its subject and an appositive or relative clause.
    if (s && s.speaker.type === 'person' && /^\p{Lu}/u.test(verb.word) && text.slice(spanStart, verb.index).trim() === '' && /^\s*,[^,;"“”]{1,160},\s*$/u.test(gap)) {
      return { speaker: s.speaker, method: 'said-before-quote', confidence: 0.85 * s.confidence };
    }
  }
  if (isParticiple(word)) {
    // `KCNA quoted Kim as saying: "…"`: the one quoted, if named.
    const quotedAs = /\bquoted\s+([^"“”]{1,80}?)\s+as\s+$/.exec(text.slice(spanStart, verb.index));
    if (quotedAs) {
      const s = speakerStartingAt(ctx, q.paragraph, spanStart + quotedAs.index + quotedAs[0].indexOf(quotedAs[1]));
      return s ? { speaker: s.speaker, method: 'quoted-as-saying', confidence: 0.85 * s.confidence } : null;
    }
    // `…, with spokesman X saying, "…"`, `with Donald Trump tweeting that …`: the one named after "with".
    const withWhom = /\bwith\s+([^,;"“”]{1,80}?)\s+(?:\p{Ll}+ly\s+)?$/u.exec(text.slice(spanStart, verb.index));
    if (withWhom) {
      const s = speakerStartingAt(ctx, q.paragraph, spanStart + withWhom.index + withWhom[0].indexOf(withWhom[1]));
      if (s && /^\s+(?:\p{Ll}+ly\s+)?$/u.test(text.slice(s.end, verb.index))) return { speaker: s.speaker, method: 'with-participle', confidence: 0.85 * s.confidence };
    }
    const subject = sentenceSubject(ctx, q.paragraph, spanStart, verb.index, true) ?? leadingQuoteSpeaker(ctx, q, spanStart, verb.index) ?? pronounOpeningClause(ctx, q.paragraph, spanStart, verb.index);
    return subject ? { ...subject, method: subject.method === 'name' ? 'said-before-quote' : subject.method } : null;
  }
  return subjectBefore(ctx, q.paragraph, spanStart, verb.index, true);
}

/** `Ana Ruiz of Berenberg warned`, `Ana Ruiz of Acme Capital, an economist, said`: a person, where they work or come from, then the verb. */
function affiliatedSubject(m: ExtractedMention, gap: string): boolean {
  if (m.type !== 'person') return false;
  const rest = gap.replace(AFFILIATION_PREFIX_RE, '');
  return rest !== gap && SUBJECT_GAP_RE.test(rest);
}

/** Whether `m` is where the person `before` works or comes from: `Tom Baker of Acme Capital`, `Ana Ruiz at the Cato Institute`. */
function isAffiliationOf(text: string, before: ExtractedMention | undefined, m: ExtractedMention): boolean {
  return before !== undefined && before.type === 'person' && /^\s+(?:of|at|from|with)\s+(?:the\s+)?$/.test(text.slice(before.end, m.start));
}

/** A contraction a cue may open on ("'s hoping", "’d rather"), and the pronoun written right before it. */
const CONTRACTION_RE = /^['’](?:s|d|ll)\b/u;
const PRONOUN_GLUED_RE = /\b(he|she)$/iu;

/**
 * The subject directly before a verb: a mention (past a parenthetical or appositive), a pronoun or a descriptor.
 * `leadPhrases`: a coordinated verb's subject may follow lead phrases (see sentenceSubject).
 */
export function subjectBefore(ctx: Context, paragraph: number, sentenceStart: number, verbAt: number, leadPhrases = false): Found | null {
  const text = ctx.paragraphs[paragraph];
  const head = text.slice(sentenceStart, verbAt);
  // "She's hoping", "he’d rather": a cue opening on a contraction follows its pronoun with no space.
  const pron = PRONOUN_BEFORE_VERB_RE.exec(head) ?? (CONTRACTION_RE.test(text.slice(verbAt, verbAt + 4)) ? PRONOUN_GLUED_RE.exec(head) : null);
  if (pron) return viaPronounAt(ctx, paragraph, sentenceStart + pron.index, pron[1]);
  const candidates = mentionsWithin(ctx, paragraph, sentenceStart, verbAt).reverse();
  const gapRe = SUBJECT_GAP_RE;
  const relativeRe = RELATIVE_GAP_RE;
  for (const [k, m] of candidates.entries()) {
    const gap = text.slice(m.end, verbAt);
    if (/^['’]s\b/.test(gap)) continue;
    // `Tom Baker of Acme Capital said`: the affiliation is not the subject; the person before it is.
    if (isAffiliationOf(text, candidates[k + 1], m)) continue;
    // "Republicans said": members of a party, whom no one speaker or the party itself stands for.
    if (m.type === 'organization' && PARTY_MEMBERS.has(m.text.toLowerCase()) && SUBJECT_GAP_RE.test(gap)) return null;
    // "His spokesman, Nick Alvarez, said": the name is itself the appositive.
    const appositiveName = /^,\s+$/.test(gap) && appositiveLead(text.slice(sentenceStart, m.start), m.type === 'person');
    // Only people take "who": an organization before ", who" sits inside a person's appositive.
    if (m.type === 'organization' && (relativeRe.test(gap) || RELATIVE_AFTER_APPOSITIVE_RE.test(gap))) continue;
    if (gapRe.test(gap) || relativeRe.test(gap) || appositiveName || affiliatedSubject(m, gap) || (m.type === 'person' && (RELATIVE_AFTER_APPOSITIVE_RE.test(gap) || dashAppositiveSubject(text.slice(sentenceStart, m.start), gap)))) {
      return { speaker: { type: m.type, index: m.entity }, method: 'said-before-quote', confidence: 0.9 * m.confidence };
    }
  }
  // "She said …, but insisted, "…"": a coordinated verb shares the sentence's subject.
  if (COORDINATED_RE.test(head)) {
    const subject = sentenceSubject(ctx, paragraph, sentenceStart, verbAt, leadPhrases);
    if (subject) return { ...subject, method: subject.method === 'name' ? 'said-before-quote' : subject.method };
  }
  const descriptor = DESCRIPTOR_BEFORE_VERB_RE.exec(head);
  if (descriptor) {
    const found = resolveDescriptor(ctx, paragraph, sentenceStart + descriptor.index, descriptor[1], descriptor[2]);
    if (found) return { ...found, method: 'descriptor' };
  }
  return pronounOpeningClause(ctx, paragraph, sentenceStart, verbAt);
}

/**
 * A he/she opening the clause of a verb a few words on, with only verbs, adverbs and particles between:
 * `he began by saying`, `she wanted to know`, `he, once again, pledged`. No determiner, pronoun or
 * clause word between (`he told the crowd that`, `she said they wanted` have a subject of their own).
 */
const PRONOUN_OPENS_CLAUSE_RE = /^[\s\S]*(?:^|[,;:—–]\s*|\b(?:[Aa]nd|[Bb]ut|[Ww]hen|[Ww]hile|[Aa]s|[Bb]ecause|[Aa]fter|[Bb]efore|[Ii]f|[Ss]o|[Tt]hen|[Tt]hough|[Aa]lthough)\s+)["“]?(he|she)(?:['’](?:s|d|ll))?,?\s+((?:[\p{Ll}’'-]+,?\s+){1,5})$/u;
const NOT_BETWEEN_PRONOUN_AND_VERB = new Set('the a an his her their its our my your this that these those who whom whose which what he she they we i you it him them us me and or nor but said says told tells'.split(' '));

function pronounOpeningClause(ctx: Context, paragraph: number, sentenceStart: number, verbAt: number): Found | null {
  const head = ctx.paragraphs[paragraph].slice(Math.max(sentenceStart, verbAt - 120), verbAt);
  const m = PRONOUN_OPENS_CLAUSE_RE.exec(head);
  // `he laughed and said`: a conjunction after the pronoun's first verb joins a second verb of the same subject (`he and his wife` does not).
  if (m === null || m[2].split(/[\s,]+/).some((w, i) => NOT_BETWEEN_PRONOUN_AND_VERB.has(w.toLowerCase()) && !(i > 0 && /^(?:and|but)$/i.test(w)))) return null;
  const upto = m[0].slice(0, m[0].length - m[2].length);
  const at = verbAt - head.length + upto.search(/(?:he|she)(?:['’](?:s|d|ll))?,?\s+$/iu);
  return viaPronounAt(ctx, paragraph, at, m[1]);
}

/** Before a sentence's subject: a connective, a lead phrase and capitalized title words (`In Ohio on Monday, Gov. `). */
const SUBJECT_OPENING_RE = /^\s*(?:(?:But|And|Yet|So|Still|Meanwhile)\s*,?\s+)?(?:[^,;:"“”]{1,100},\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+){0,4}$/u;

/**
 * A name opening its sentence and an appositive with an aside in dashes up to the verb (see
 * DASH_APPOSITIVE_GAP_RE): only the subject, not a name inside another's appositive, takes one.
 */
function dashAppositiveSubject(before: string, gap: string): boolean {
  return SUBJECT_OPENING_RE.test(before) && DASH_APPOSITIVE_GAP_RE.test(gap);
}

/**
 * Text before a name that sets the name off as an appositive: it ends with a
 * comma, optionally followed by an honorific, or for a person by title words
 * ("Its lead investor, Sequoia partner Marcus Holt, wrote").
 */
function appositiveLead(lead: string, titled: boolean): boolean {
  const comma = lead.lastIndexOf(',');
  if (comma < 0) return false;
  const between = lead.slice(comma + 1);
  if (/^\s*(?:(?:Sir|Dame|Dr|Prof|Mr|Mrs|Ms|Lord|Lady)\.?\s+)?$/.test(between)) return true;
  // Title words only before a person: ", chairwoman of the Senate Intelligence Committee," is her appositive, not the committee's.
  return titled && /^\s+(?:[\p{L}.’'-]+\s+){1,4}$/u.test(between) && titleLike(between);
}

/**
 * `"…," Ebrard told reporters, adding that … "…"`: the participle shares the
 * subject of the attribution after the quotation that opens the sentence.
 */
function leadingQuoteSpeaker(ctx: Context, q: Quotation, sentenceStart: number, verbAt: number): Found | null {
  let first: Quotation | null = null;
  for (const o of quotationsBefore(ctx, q)) {
    if (o.open < sentenceStart) break;
    first = o;
  }
  if (first === null || first.kind !== 'quote' || first.close === null || first.close > verbAt) return null;
  if (ctx.paragraphs[q.paragraph].slice(sentenceStart, first.open).trim() !== '') return null;
  const found = attributeAfter(ctx, first);
  return found && found.method !== 'according-to' && found.method !== 'quoted-as-saying' ? found : null;
}

/** For "…, saying that "…"": the subject that opens the sentence, past lead phrases when `leadPhrases`. */
function sentenceSubject(ctx: Context, paragraph: number, sentenceStart: number, verbAt: number, leadPhrases = false): (Found & { method: string }) | null {
  const text = ctx.paragraphs[paragraph];
  const lead = /^\s*(?:(?:But|And|However|Meanwhile|Still|Later|Earlier|Yet|So|Also|Then|On \p{Lu}\p{Ll}+|In \p{Lu}\p{Ll}+)\s*,?\s+)?/u.exec(text.slice(sentenceStart, verbAt))![0];
  let at = sentenceStart + lead.length;
  const first = subjectAt(ctx, paragraph, at, verbAt);
  if (first || !leadPhrases) return first;
  // "On Thursday, after remaining neutral, Warren endorsed Clinton, saying": the subject after
  // lead phrases that name no person and hold no speech verb of their own.
  for (let k = 0; k < 3; k++) {
    const phrase = LEAD_PHRASE_RE.exec(text.slice(at, Math.min(verbAt, at + 160)));
    if (!phrase || (hasSpeechVerb(phrase[0]) && !ADVERBIAL_OPENING_RE.test(phrase[0]))) return null;
    // `Asked whether Lee would stay, Ruiz shook her head and said`: a name inside an adverbial opening is not the subject.
    if (!ADVERBIAL_OPENING_RE.test(phrase[0]) && mentionsWithin(ctx, paragraph, at, at + phrase[0].length).some((m) => m.type === 'person')) return null;
    at += phrase[0].length;
    const found = subjectAt(ctx, paragraph, at, verbAt);
    if (found) return found;
  }
  return null;
}

/** A phrase set off by a comma before a sentence's subject: "During Tuesday night's debate, ", "Eight years ago, ". */
const LEAD_PHRASE_RE = /^[^,;:"“”()]{2,100},\s+/u;
/** A lead phrase that cannot be a clause of speech of its own: "When asked whom she supported, ", "Speaking to reporters, ". */
const ADVERBIAL_OPENING_RE = /^(?:when|after|before|while|as|once|if|asked|speaking|in|on|at|during|after)\b/i;

/** The subject (a he/she, a name, a name in apposition, a descriptor) at `at`. */
function subjectAt(ctx: Context, paragraph: number, at: number, verbAt: number): (Found & { method: string }) | null {
  const text = ctx.paragraphs[paragraph];
  // "He" opening the sentence, "he" after a lead phrase.
  const pron = /^(he|she)\b/i.exec(text.slice(at));
  if (pron) return viaPronounAt(ctx, paragraph, at, pron[1]);
  const s = speakerStartingAt(ctx, paragraph, at);
  if (s) return { speaker: s.speaker, method: 'name', confidence: 0.85 * s.confidence };
  // "His lawyer, Daniel Fryer, had asked …, arguing that": the name in apposition to the opening noun phrase.
  const np = /^(?:his|her|their|its|the)\s+(?:[\p{L}’'-]+\s+){0,3}?([\p{L}’'-]+),\s+/iu.exec(text.slice(at, verbAt));
  if (np && (PERSON_NOUNS.has(np[1].toLowerCase()) || TITLE_HEADS.has(np[1].toLowerCase()))) {
    const named = speakerStartingAt(ctx, paragraph, at + np[0].length);
    if (named && named.speaker.type === 'person' && /^\s*,/.test(text.slice(named.end))) return { speaker: named.speaker, method: 'name', confidence: 0.8 * named.confidence };
  }
  const descriptor = /^((?:the|a|an)\s+(?:[\p{L}.’'-]+\s+){0,4}?)([\p{L}-]+)\s+(?:\p{Ll}+)/iu.exec(text.slice(at, verbAt));
  if (descriptor) {
    const found = resolveDescriptor(ctx, paragraph, at, descriptor[1], descriptor[2]);
    if (found) return { ...found, method: 'descriptor' };
  }
  return null;
}
