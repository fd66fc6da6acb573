/**
 * Reported speech: attributions whose content is not (only) inside quotation
 * marks. `SOURCE CUE (that) CONTENT` ("Lavrov said Russia had agreed to …"),
 * `CONTENT, SOURCE CUE` ("The talks will resume, the ministry said."),
 * `according to SOURCE, CONTENT` and `…, saying (that) CONTENT`. A reported
 * clause that holds a quoted fragment is MIXED, and the fragment belongs to it.
 *
 * Precision first: a sentence yields an attribution only when its cue has a
 * source the grammar can see (a named person or organization, a pronoun, or a
 * noun phrase such as "officials" or "the ministry"); the content runs from
 * the cue to the end of the sentence, or from the start of the sentence to
 * the cue when the cue comes last. Content that is wholly a direct quotation
 * is left to the direct attributor.
 *
 * Pure; no I/O. Linear in the text: every scan is bounded per sentence.
 */
import { VERB_ADVERBS, alternation, type CueInfo } from '../lexicon';
import cueAdverbs from '../lexicon/cue-adverbs.json';
import { MIN_CONTENT_WORDS, type ReportedAttribution, make, quotesWithin } from './reported-attribution';
import { BASE_FORMS, CLOSING_OBJECT_CUES, CUES, lacksComplement } from './reported-cues';
import { CONTRACTED_PROGRESSIVE_RE, COPULA_BEFORE_RE, MODAL_RE, PROGRESSIVE_RE, adjectiveReading, contractedBefore, inCompound, isVerbBeforeThat, negatedCueReports, passiveBefore, singularSubjectBefore, uncatenatedToBefore, verbMustFollow } from './reported-verb-checks';
import { words, type Range } from '../text';
import { TIME_PHRASE } from './patterns';
import { type Cue, closesSentence, contentAfter, trimRange, untilComma, withoutTitleWords } from './reported-content';
import { asClauseContent } from './reported-as';
import { quotedTurnAt, relativeClauseAt, siblingBoundaryAt, withinOpeningClause } from './reported-clauses';
import { according } from './reported-according';
import { infinitiveSource } from './reported-infinitive';
import type { Draft } from './reported-draft';
import { nominalCues } from './reported-nominal';
import { pronounInPhrase } from './reported-pronoun-phrase';
import { cueMatches, suffixMatcher, wordsBefore } from './cue-scan';
import { openingCues, speakerLabel } from './reported-openings';
import { isVerbPhrase, verbPhraseSource } from './reported-verb-phrases';
import { DESCRIBES_SOURCE_RE, OPENING_ADVERBIAL_PARTICIPLE_RE, OPENING_PERFECT_RE, quantifierSubjectEnd, coordinated, invertedNounPhrase, looseSubject, mainSubjectAfter, relativeThat, subjectHost, subjectPastAdverbial, withSubject } from './reported-subjects';
import { pollCues } from './reported-polls';
import { askedCues, passiveCues, raisingCues } from './reported-passive';
import { agentlessCues } from './reported-agentless';
import { agentNounCues } from './reported-agent-nouns';
import { type FoundSource, type ReportedContext, type SourceFound, nounBefore, openingNounPhrase, sourceBefore } from './reported-sources';
import { fromQuote, openingSubject } from './reported-opening-subjects';
import { participleHead } from './reported-participle-heads';
import { type LastSource, followIt } from './it-speakers';

export type { FoundSource, ReportedContext, SourceRef } from './reported-sources';
export type { ReportedAttribution } from './reported-attribution';

/** Sentences longer than this are not read for reported speech: no news sentence is this long. */
const LONG_SENTENCE = 1200;

const MORE_ADVERBS = alternation(cueAdverbs);
/** Auxiliaries and adverbs between a subject and its cue ("has repeatedly said", "even suggested", "continued to complain"). */
const AUX_BEFORE_RE = new RegExp(`(?:\\b(?:${VERB_ADVERBS.slice(3, -1)}|${MORE_ADVERBS}|not|n[’']t)\\s+)+$`, 'iu');
/** AUX_BEFORE_RE's match, found from the last character that cannot be in it: its words hold only letters and apostrophes. */
const auxBefore = suffixMatcher(AUX_BEFORE_RE, /[^\p{L}\s'’|()?:]/u.test(`${VERB_ADVERBS}${MORE_ADVERBS}`) ? null : /[\p{L}\s'’]/u);
/**
 * The addressee of a cue closing its sentence: "…, she told reporters.", "…, he told The Wall Street Journal.",
 * "…, he told a Senate panel Wednesday."
 */
const CLOSING_OBJECT_RE =
  /^\s+(?:him|her|them|us|me|you|reporters|journalists|pollsters|supporters|lawmakers|(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}?(?:crowd|audience|newspaper|paper|panel|committee|hearing|gathering|rally|meeting|conference|reporter|interviewer|station|network)|(?:the\s+)?\p{Lu}[\p{L}.&’'/-]*(?:\s+\p{Lu}[\p{L}.&’'/-]*){0,4}(?:['’]s(?:\s+\p{Lu}[\p{L}.’'-]*){1,3})?)(?=[\s.,?!"”]|$)/u;
/** A sentence opening that is only a connective and its comma ("Still, ", "But, "). */
const CONNECTIVE_LEAD_RE = /^\s*["“]?(?:Still|But|And|Yet|However|Now|So|Instead|Indeed|Meanwhile|Otherwise|Nevertheless|Moreover|Besides|Also|Rather|Ultimately|Now|Then|Finally|In fact|Of course|For now)\s*,\s*$/u;
/** A cue set off inside its content: a time phrase, then the comma that resumes the content. */
const ASIDE_RE = new RegExp(`^(?:${TIME_PHRASE.source.slice(1)})?\\s*,\\s*`, 'u');
/**
 * Reported attributions of every sentence (`ctx.quoteSpans` holds, per
 * paragraph, the quotation spans the direct attributor took as quotes).
 */
export function findReportedSpeech(ctx: ReportedContext): ReportedAttribution[] {
  const out: ReportedAttribution[] = [];
  let last: { person: number; paragraph: number } | null = null;
  let lastSource: LastSource | null = null;
  ctx.paragraphs.forEach((text, p) => {
    const label = speakerLabel(text);
    const all = { start: label?.contentStart ?? 0, end: text.length };
    const labelled = label ? make(text, p, trimRange(text, all), { at: label.label.length, end: label.label.length + 1, word: ':', phrase: ':', phraseStart: label.label.length }, null, null, label.label, quotesWithin(ctx.quoteSpans[p], all), 0) : null;
    if (labelled) out.push(labelled);
    for (const sentence of ctx.sentences[p]) {
      if (sentence.end - sentence.start > LONG_SENTENCE) continue;
      for (const a of readSentence(ctx, p, text, sentence)) {
        if (!a.source && !a.sourceText) a.source = lastSpeaker(ctx, text, a, last);
        lastSource = followIt(text, a, lastSource);
        if (a.source?.speaker.type === 'person') last = { person: a.source.speaker.index, paragraph: p };
        out.push(a);
      }
      const quoted = ctx.quoteSpeakerIn(p, sentence);
      if (quoted?.speaker.type === 'person') last = { person: quoted.speaker.index, paragraph: p };
      lastSource = ctx.lastQuoteSourceIn(p, sentence) ?? lastSource;
    }
  });
  return out;
}

/**
 * `he said …` that the pronoun rules leave open: the person whose words the
 * article reported last, when within the two paragraphs before and of the
 * pronoun's gender (or of unknown gender).
 */
function lastSpeaker(ctx: ReportedContext, text: string, a: ReportedAttribution, last: { person: number; paragraph: number } | null): FoundSource | null {
  const pronoun = /^(he|she|his|her)\b/i.exec(text.slice(a.sourceAt, a.sourceAt + 4));
  if (!pronoun || !last || a.paragraph - last.paragraph > 2) return null;
  const gender = ctx.genderOf(last.person);
  if (gender !== null && gender !== (/^(?:she|her)$/i.test(pronoun[1]) ? 'female' : 'male')) return null;
  return { speaker: { type: 'person', index: last.person }, method: 'pronoun-last-speaker', confidence: 0.6 };
}

/** A nominal cue's content may be one word ("Trump's attacks on Cruz"). */
const NOMINAL: CueInfo = { object: 'none', participle: false, frame: 'object' };

/** At most this many attributions a sentence: a bound on work, far above what a news sentence holds. */
const MAX_PER_SENTENCE = 8;
/** A comma right before a word, a closing quotation mark after it or not (`said, `, `"corrupt," `). */
const COMMA_BEFORE_RE = /,(?:["”’]|'')?\s*$/u;

/**
 * Every attribution of a sentence, in order of their clauses. An attribution
 * whose clause opens inside another's content after a comma or a conjunction
 * is its sibling and ends that content (`Lavrov demanded that …, but Kerry
 * insisted that …`, `X criticized the bill, saying …`); one opening without
 * such a boundary is nested in it (`X said Y wants …`), and both stand.
 */
function readSentence(ctx: ReportedContext, p: number, text: string, sentence: Range): ReportedAttribution[] {
  const quotes = quotesWithin(ctx.quoteSpans[p], sentence);
  const outside = (i: number): boolean => !quotes.some((q) => i >= q.start && i < q.end);
  const drafts: Draft[] = [];
  for (const d of verbCues(ctx, p, text, sentence, quotes, outside)) {
    drafts.push(d);
    if (drafts.length >= MAX_PER_SENTENCE) break;
  }
  const within = (d: { content: Range }): boolean => drafts.some((o) => o.content.start <= d.content.start && o.content.end >= d.content.end);
  for (const n of nominalCues(ctx, p, text, sentence, outside)) {
    // "…, answering questions about her campaign": a sourceless noun cue inside another's content adds nothing.
    if (n.source === null && n.sourceText === null && within(n)) continue;
    drafts.push({ ...n, info: NOMINAL, clauseAt: n.clauseAt ?? n.sourceAt });
  }
  for (const d of passiveCues(ctx, p, text, sentence, outside)) drafts.push({ ...d, info: NOMINAL });
  // "X, a longtime supporter of Y, …": a stance named by a noun for its holder.
  for (const d of agentNounCues(ctx, p, text, sentence, outside)) if (!within(d)) drafts.push({ ...d, info: NOMINAL, clauseAt: d.clauseAt ?? d.sourceAt });
  for (const d of askedCues(text, sentence, outside)) drafts.push({ ...d, info: NOMINAL });
  // "Rubio seemed to urge …": the cue after "seemed to" is read with its subject; the raising verb only hedges it.
  const hedged = (d: { cue: Cue }): boolean => drafts.some((o) => o.cue.phraseStart <= d.cue.at && o.cue.at >= d.cue.end);
  for (const d of agentlessCues(text, sentence, outside)) if (!drafts.some((o) => o.content.start <= d.content.start && o.content.end >= d.content.end)) drafts.push({ ...d, info: NOMINAL });
  for (const d of raisingCues(text, sentence, outside)) if (!hedged(d) && !drafts.some((o) => o.content.start <= d.content.start && o.content.end >= d.content.end)) drafts.push({ ...d, info: NOMINAL });
  for (const o of openingCues(ctx, p, text, sentence, outside)) {
    // "In the poll, 60 percent said …": the share that speaks is the source, not the poll.
    const poll = o.cue.word === 'in';
    if (poll && drafts.some((d) => d.info?.frame === 'clause' && d.cue.at >= o.content.start && d.cue.at < o.content.end)) continue;
    drafts.push({ ...o, info: poll ? null : NOMINAL, clauseAt: poll ? sentence.start : o.cue.phraseStart });
  }
  // "Reyes leads by six points in the new poll": a finding the poll reports, unless someone in it speaks ("60 percent said …").
  for (const o of pollCues(text, sentence, outside)) {
    if (!drafts.some((d) => d.cue.at >= o.content.start && d.cue.at < o.content.end)) drafts.push({ ...o, source: null, info: null, clauseAt: o.content.start });
  }
    // "X said …, according to the agency": X is whom the words are from; the agency only relays them. A cue that
  // reports no speech ("She has raised $3 million, according to filings") leaves the words to the agency.
  const acc = according(ctx, p, text, sentence, quotes, outside);
  if (acc && !drafts.some((d) => d.info?.frame === 'clause' && d.clauseAt <= acc.content.start && d.cue.at >= acc.content.start && d.cue.at < acc.content.end)) drafts.push(acc);
  drafts.sort((a, b) => a.clauseAt - b.clauseAt);
  const out: ReportedAttribution[] = [];
  const seen = new Set<string>();
  drafts.forEach((d, i) => {
    // "When the mayor said …, the council voted …": a cue in the opening subordinate clause reports up to its closing comma
    // when the main clause after it holds an attribution of its own.
    const opening = withinOpeningClause(text, sentence, d.cue, d.content, outside);
    let content = drafts.some((o) => o !== d && o.cue.at > opening.end && o.cue.at < d.content.end) ? opening : d.content;
    // "Republicans who have praised him warned that …": a cue inside another's subject reports up to that one's verb.
    const host = d.info?.frame === 'clause' ? undefined : subjectHost(text, drafts, d, content, (n) => n.info !== null && n.info !== NOMINAL);
    if (host && d.textOverride === undefined) content = trimRange(text, { start: content.start, end: host.cue.phraseStart });
    // "praised Ada Holt, who has vowed to …": an object ends before a relative clause that reports on its own.
    const relative = d.info?.frame === 'object' ? relativeClauseAt(text, content, drafts.map((n) => n.cue)) : null;
    if (relative !== null) content = trimRange(text, { start: content.start, end: relative });
    // "…, he replied, “…”": a quotation someone else's attribution opens ends the content before that attribution.
    const turn = quotedTurnAt(text, content, quotes);
    if (turn !== null && d.cue.end <= turn) content = trimRange(text, { start: content.start, end: turn });
    const sibling = d.textOverride === undefined ? siblingBoundaryAt(text, content, drafts.slice(i + 1), d.info?.frame === 'clause') : null;
    if (sibling !== null) content = trimRange(text, { start: content.start, end: sibling });
    const key = `${content.start}:${content.end}`;
    if (seen.has(key)) return;
    // Its relative word stands for that subject: "farmers who have praised it" are the farmers who warned.
    const by = pronounInPhrase(ctx, p, host && d.source === null && d.sourceText === null ? host : d);
    const made = make(text, p, content, d.cue, d.info, by.source, by.sourceText, quotes, by.sourceAt);
    if (!made) return;
    seen.add(key);
    if (d.textOverride !== undefined) made.text = d.textOverride;
    out.push(made);
  });
  return out;
}

/** What may open a sentence before its subject: a quotation mark, a connective. */
const OPENING_WORDS_RE = /^\s*["“]?(?:(?:But|And|Yet|Still|However|Meanwhile|Later|Now|So|Also)\s*,?\s+)?/u;

/** The attributions whose cue is a verb, in order of their cues. */
function* verbCues(ctx: ReportedContext, p: number, text: string, sentence: Range, quotes: readonly Range[], outside: (i: number) => boolean): Generator<Draft> {
  const slice = text.slice(sentence.start, sentence.end);
  let last: Draft | null = null;
  for (const m of cueMatches(slice)) {
    const at = sentence.start + m.index;
    if (!outside(at)) continue;
    const word = (m.form ?? m.text).toLowerCase();
    const entry = CUES.get(word);
    if (!entry) continue;
    const head = text.slice(sentence.start, at);
    // A capitalized cue inside its sentence is a headline or subhead in the body ("Trump Endorses Cruz In Iowa").
    if (/^\p{Lu}/u.test(m.text) && /\p{L}/u.test(head)) continue;
    // "a progressive think tank", "the reality TV show": a noun in a compound, no cue.
    if (inCompound(text, at, m.text.length)) continue;
    // What the checks anchored at the cue read: the words right before it, not the whole sentence again per cue.
    const near = wordsBefore(text, sentence.start, at);
    const [aux, listed] = [auxBefore(near), adjectiveReading(entry, word, near)];
    if ((listed.nounBase && !verbMustFollow(near)) || (listed.nounPlural && !singularSubjectBefore(near))) continue;
    // "did not say the vote was rigged" asserts nothing; "did not mention the levy", "has not endorsed anyone", "didn't say
    // whether …" report a stance or a question left open.
    if (!negatedCueReports(near, text.slice(at + m.text.length, sentence.end), word)) continue;
    // "is critical of", "remains confident that": an adjective reports only after a copula.
    if (listed.adjective && !COPULA_BEFORE_RE.test(near)) continue;
    // "is telling the crowd that …": a participle after "is" is the verb of its clause.
    // "he's praising", "they're also hoping": the contracted auxiliary, adverbs allowed.
    const progressive = listed.participle && ((aux !== null && PROGRESSIVE_RE.test(near)) || CONTRACTED_PROGRESSIVE_RE.test(near));
    const info = progressive ? { ...listed, participle: false } : listed;
    // "took to Twitter to say", "led Republicans to say": an infinitive reports when its own subject can be read.
    const toBefore = uncatenatedToBefore(near);
    const infinitive = !info.participle && toBefore ? infinitiveSource(ctx, p, text, sentence, at) : null;
    if (
      (toBefore && !infinitive) ||
      (!progressive && !info.adjective && passiveBefore(near))
    )
      continue;
    // "Grant's claim that …": after a possessive the word is a noun (read by nominalCues).
    if (/\p{L}['’]s?\s+$/u.test(near) && !/\b(?:he|she|it|who|that|there|what)['’]s\s+$/iu.test(near)) continue;
    // "she's predicted": the contracted auxiliary is no part of the subject.
    // "remain confident that", "am fully aware that": the copula before a stance adjective is no part of the subject.
    const copula = info.adjective ? COPULA_BEFORE_RE.exec(near) : null;
    const copulaAux = copula ? auxBefore(near.slice(0, near.length - copula[0].length)) : null;
    // "Moscow may now be more willing to …": a stance in the conditional is a guess, no stance reported.
    if (copulaAux && MODAL_RE.test(copulaAux)) continue;
    const verbGroup = copula ? copula[0].length + (copulaAux?.length ?? 0) : (aux?.length ?? 0);
    const contracted = contractedBefore(near.slice(0, near.length - verbGroup));
    const groupEnd = at - verbGroup - (contracted ? contracted[1].length : 0);
    // "Both want …", "Both said …": opening the sentence, a quantifier the adverbs take in ("they both said") is the subject.
    const subjectEnd = copula ? groupEnd : quantifierSubjectEnd(text, sentence, groupEnd, at);
    const cue: Cue = { at, end: at + m.text.length, word, phrase: text.slice(subjectEnd, at + m.text.length).trim(), phraseStart: subjectEnd };
    const after = text.slice(cue.end, sentence.end);
    // "maintained that …", never "maintained the road"; "cast her as …", never "cast a ballot".
    if (lacksComplement(info, after)) continue;

    if (info.participle) {
      // `…, saying (that) CONTENT`, `… after saying CONTENT`: the subject of the main clause;
      // "a poll showing …", "voters backing Reyes": the noun phrase right before.
      const adverbial = PARTICIPLE_AFTER_RE.test(head);
      // "…, with most residents saying …": the noun phrase after "with" is the participle's own subject.
      const absolute = adverbial ? null : withSubject(text, sentence, subjectEnd);
      // "…, forcefully denouncing": adverbs before the participle are no part of what sets it off.
      const setOff = SET_OFF_RE.test(text.slice(sentence.start, subjectEnd));
      // "…, walking past the line and answering questions": a participle after "and" shares the clause's subject.
      const joined: SourceFound | null = !adverbial && !absolute && !setOff ? coordinated(ctx, p, text, sentence, subjectEnd, last) : null;
      const noun: SourceFound | null = !adverbial && !absolute && !setOff && !joined ? (nounBefore(ctx, p, text, sentence, subjectEnd) ?? participleHead(text, sentence, subjectEnd)) : null;
      // "…, putting out a statement contradicting …": a verb phrase before the participle; its subject is the source.
      const reduced: SourceFound | null =
        noun?.text && isVerbPhrase(noun.text)
          ? verbPhraseSource(noun, (from) => sourceBefore(ctx, p, text, sentence, from) ?? subjectPastAdverbial(ctx, p, text, sentence, from))
          : noun;
      if (!adverbial && !absolute && !reduced && !setOff && !joined) continue;
      // "On Tuesday, Brown endorsed her, citing …": else the source of the attribution the participle follows.
      const previous: Pick<SourceFound, 'found' | 'text'> | null = last && (last.source || last.sourceText) ? { found: last.source, text: last.sourceText } : null;
      // "…, Spicer said, adding …": right after a cue, the participle shares that cue's subject.
      const follows: Pick<SourceFound, 'found' | 'text'> | null = previous && last && JUST_AFTER_CUE_RE.test(text.slice(last.cue.end, cue.phraseStart)) ? previous : null;
      // "After blasting the council, Mayor Reyes left": opening the sentence, the participle's subject follows its clause.
      const main = adverbial && OPENING_ADVERBIAL_PARTICIPLE_RE.test(head) ? mainSubjectAfter(ctx, p, text, sentence, cue.end, outside) : null;
      const source: Pick<SourceFound, 'found' | 'text'> | null =
        main ??
        absolute ??
        joined ??
        reduced ??
        follows ??
        openingSubject(ctx, p, text, sentence, at) ??
        fromQuote(ctx, p, sentence) ??
        previous ??
        subjectPastAdverbial(ctx, p, text, sentence, at) ??
        openingNounPhrase(text, sentence, at);
      if (!source) continue;
      let content = contentAfter(text, cue, info, sentence);
      // "Voters backing the levy turned out early": a reduced relative's object ends before the main clause's verb.
      if (content && reduced && !/\bthat\s*$/i.test(text.slice(cue.end, content.start))) {
        const verb = MAIN_VERB_RE.exec(text.slice(content.start, content.end));
        if (verb) content = trimRange(text, { start: content.start, end: content.start + verb.index });
      }
      // "Holt, citing state figures, said …": a participle set off right after the subject ends at its closing comma.
      const subject = ctx.speakerStartingAt(p, sentence.start + OPENING_WORDS_RE.exec(head)![0].length);
      if (content && ((subject && /^\s*,\s*$/.test(text.slice(subject.end, at))) || main)) content = untilComma(text, content, outside);
      if (content) yield (last = { content, cue, info, source: source.found, sourceText: source.text, sourceAt: cue.phraseStart, clauseAt: cue.phraseStart });
      continue;
    }

    // Subject before the cue; none after "and"/"but": a verb phrase coordinated with the one before shares its subject
    // ("X called the plan careless, but said it should go ahead").
    // A clause cue with none of those before it: the noun phrase opening its clause, however long.
    // "Having announced the verdict, Judge Holt …": a perfect participle opening the sentence has the main clause's subject.
    const opening = OPENING_PERFECT_RE.test(text.slice(sentence.start, subjectEnd)) ? (mainSubjectAfter(ctx, p, text, sentence, cue.end, outside) ?? { found: null, text: null, start: subjectEnd }) : null;
    const found =
      infinitive ??
      opening ??
      coordinated(ctx, p, text, sentence, subjectEnd, last) ??
      sourceBefore(ctx, p, text, sentence, subjectEnd) ??
      (info.frame === 'clause' ? looseSubject(text, sentence, subjectEnd) : null);
    // "a group that backed the levy": not "that support", where "support" may be a noun.
    const relative = found ? null : aux || !BASE_FORMS.has(word) ? relativeThat(text, sentence, subjectEnd, isVerbBeforeThat) : null;
    const source = found ?? relative;
    if (source) {
      let content = contentAfter(text, cue, info, sentence);
      // "A group that backed the levy has changed its mind": the relative clause ends before the main clause's verb.
      if (content && relative) {
        const verb = MAIN_VERB_RE.exec(text.slice(content.start, content.end));
        if (verb) content = trimRange(text, { start: content.start, end: content.start + verb.index });
      }
      // "Lavrov, who has contended that …, showed no willingness": the content ends with the relative clause.
      if (content && /,\s*(?:who|which)\s*$/i.test(text.slice(sentence.start, subjectEnd))) content = untilComma(text, content, outside);
      const draft = { cue, info, source: source.found, sourceText: source.text, sourceAt: source.start, clauseAt: source.start };
      if (content && make(text, p, content, cue, info, source.found, source.text, quotes)) {
        yield (last = { ...draft, content });
        continue;
      }
      // "As the study noted, CONTENT." · "CONTENT, as Holt wrote in the Courier.": the clause the "as" clause is set off from.
      const asContent = asClauseContent(text, sentence, source.start, cue.end);
      if (asContent && make(text, p, asContent, cue, info, source.found, source.text, quotes)) {
        yield (last = { ...draft, content: asContent, clauseAt: asContent.start < source.start ? cue.phraseStart : source.start });
        continue;
      }
      // "…, records show." · "The plant, records show, burned …": an object cue that may take a clause reports what
      // precedes it when it closes the sentence, or the sentence around it when set off inside it.
      if (info.frame !== 'clause' && !(CLOSING_OBJECT_CUES.has(word) && (closesSentence(after) || ASIDE_RE.test(after)))) continue;
      // `CONTENT, X said.`: the cue closes the sentence (title words may stand before the name:
      // `…, harbor master Ines Vidal said.`).
      const lead = withoutTitleWords(text.slice(sentence.start, source.start));
      // The comma may stand inside a closing quotation: `… are "very pro-union," Ruiz said.`
      if (COMMA_BEFORE_RE.test(lead) && closesSentence(info.object === 'none' ? after : after.replace(CLOSING_OBJECT_RE, ''))) {
        content = trimRange(text, { start: sentence.start, end: sentence.start + lead.replace(/[\s,]+$/, '').length });
        if (make(text, p, content, cue, info, source.found, source.text, quotes)) {
          yield (last = { ...draft, content, sourceAt: cue.phraseStart, clauseAt: source.start });
          continue;
        }
      }
      // `Within marriages, they said, women now have more say.`: the attribution set off inside its content,
      // which is the sentence around it; its text leaves the attribution out.
      // "Instead, Ruiz told the paper, the levy …": the cue's addressee may stand before the comma that resumes the content.
      const addressee = info.object === 'none' ? 0 : (CLOSING_OBJECT_RE.exec(after)?.[0].length ?? 0);
      const aside = ASIDE_RE.exec(after.slice(addressee));
      const resumes = cue.end + addressee + (aside?.[0].length ?? 0);
      // "Still, he said, officials must decide …": after a lone connective the content is what follows the aside.
      if (CONNECTIVE_LEAD_RE.test(lead) && aside && words(text.slice(resumes, sentence.end)).length >= MIN_CONTENT_WORDS) {
        content = trimRange(text, { start: resumes, end: sentence.end });
        if (make(text, p, content, cue, info, source.found, source.text, quotes)) {
          yield (last = { ...draft, content, clauseAt: source.start });
          continue;
        }
      }
      // A one-word lead is content too ("Loyalty, he noted, has long been …", "In 2008, she said, …").
      // The part after the aside may be a short predicate ("This plan, she said, is different.").
      const resumed = aside ? words(text.slice(resumes, sentence.end)).length : 0;
      if (/,\s*$/.test(lead) && words(lead).length >= 1 && aside && resumed >= 2 && words(lead).length + resumed > MIN_CONTENT_WORDS) {
        content = trimRange(text, { start: sentence.start, end: sentence.end });
        if (make(text, p, content, cue, info, source.found, source.text, quotes)) {
          yield { ...draft, content, clauseAt: sentence.start, textOverride: `${lead.replace(/[\s,]+$/, '')} ${text.slice(resumes, content.end)}` };
        }
      }
      continue;
    }
    // `CONTENT, said X.` (inverted).
    if (info.frame === 'clause' && COMMA_BEFORE_RE.test(head) && !aux) {
      const entity = ctx.speakerStartingAt(p, cue.end + (/^\s*/.exec(after)?.[0].length ?? 0));
      const content = trimRange(text, { start: sentence.start, end: sentence.start + head.replace(/[\s,]+$/, '').length });
      // "…, said Ada Holt, a fellow at the Hale Institute, which studies polls.": what describes the source may run on.
      const rest = entity ? text.slice(entity.end, sentence.end) : '';
      if (entity && (closesSentence(rest.replace(/^\s*,[^,]{1,100},?/, '')) || DESCRIBES_SOURCE_RE.test(rest))) {
        const source = { speaker: entity.speaker, method: 'said-after', confidence: 0.9 * entity.confidence };
        if (make(text, p, content, cue, info, source, null, quotes)) yield { content, cue, info, source, sourceText: null, sourceAt: cue.phraseStart, clauseAt: cue.phraseStart };
      } else if (!entity) {
        // "…, said several analysts who follow the race.": a noun phrase no entity reads.
        const phrase = invertedNounPhrase(after);
        if (phrase && make(text, p, content, cue, info, null, phrase, quotes)) yield { content, cue, info, source: null, sourceText: phrase, sourceAt: cue.phraseStart, clauseAt: cue.phraseStart };
      }
    }
  }
}

/** Between a cue and a participle sharing its subject: a comma, a day or time word before it at most ("said Thursday, adding"). */
const JUST_AFTER_CUE_RE = /^(?:\s+(?:on\s+)?\p{L}+)?\s*,\s*$/u;

/** The main clause's verb after a reduced relative clause (past a first word). */
const MAIN_VERB_RE = /(?<=\S)\s(?:is|was|are|were|has|have|had|will|would|could|can|did|does|\p{Ll}{2,}ed)\b/u;

/** A participle set off from its clause by a comma or a dash ("…, saying", "… – saying"). */
const SET_OFF_RE = /(?:,(?:["”’]|'')?|\s[—–-]|[—–])\s*$/u;

/** A participle after a preposition of time or manner ("after saying", "by calling for", "while criticizing"). */
const PARTICIPLE_AFTER_RE = /\b(?:by|after|before|while|when|in|without|since|despite|upon)\s+(?:(?:first|initially|repeatedly|publicly|also|again|falsely)\s+)?$/iu;

