/**
 * Reported speech whose cue is a verb: `SOURCE CUE (that) CONTENT`,
 * `CONTENT, SOURCE CUE`, `…, saying (that) CONTENT` and the inverted
 * `CONTENT, CUE SOURCE`. Each sentence's verb cues are drafts for
 * `readSentence` (reported.ts), which orders them and sets their bounds.
 *
 * Pure; no I/O. Linear in the text: every scan is bounded per sentence.
 */
import { VERB_ADVERBS, alternation } from '../lexicon';
import cueAdverbList from '../lexicon/cue-adverbs.json';
import { CATENATIVE_PREDICATES } from './catenative-predicates';
import setOffParticiples from '../lexicon/set-off-speech-participles.json';
import closingAddressees from '../lexicon/closing-addressees.json';
import { MIN_CONTENT_WORDS, make } from './reported-attribution';
import { BASE_FORMS, CLOSING_OBJECT_CUES, CUES, lacksComplement, moneyObject, pluralNounBeforeVerb } from './reported-cues';
import { CONTRACTED_PROGRESSIVE_RE, COPULA_BEFORE_RE, MODAL_RE, PROGRESSIVE_RE, adjectiveReading, contractedBefore, inCompound, isVerbBeforeThat, negatedCueReports, negatedOnlyReports, passiveBefore, singularSubjectBefore, uncatenatedToBefore, verbMustFollow } from './reported-verb-checks';
import { words, type Range } from '../text';
import { COMMA_BEFORE_RE, TIME_PHRASE } from './patterns';
import { type Cue, closesSentence, contentAfter, trimRange, untilComma, untilCommaPastSubject, withoutTitleWords } from './reported-content';
import { semicolonGoesOnAt } from './reported-extent';
import { asClauseContent } from './reported-as';
import { infinitiveSource } from './reported-infinitive';
import type { Draft } from './reported-draft';
import { cueMatches, suffixMatcher, trimmedEndMatches, wordsBefore } from './cue-scan';
import { lastLetterRuns } from './word-presence';
import { isVerbPhrase, verbPhraseSource } from './reported-verb-phrases';
import { DESCRIBES_SOURCE_RE, OPENING_ADVERBIAL_PARTICIPLE_RE, OPENING_PERFECT_RE, quantifierSubjectEnd, coordinated, invertedNounPhrase, looseSubject, mainSubjectAfter, relativeThat, setOffSubject, subjectPastAdverbial, withSubject } from './reported-subjects';
import { type ReportedContext, type SourceFound, nounBefore, openingNounPhrase, sourceBefore } from './reported-sources';
import { fromQuote, openingSubject } from './reported-opening-subjects';
import { participleHead } from './reported-participle-heads';
import { outsideOrClosingComma } from './quote-closing-commas';
import { relativeAsideEnd } from './reported-relative-source';
import { relativeClauseContent } from './reported-relative-ends';
import { catenativeIngBefore, verbGroupBefore } from './reported-verb-group';
import { gappedObject, setOffGap } from './reported-object-gaps';
import { longSubject } from './reported-long-subjects';
import { bareAdjectiveReading, bareClauseAfter } from './reported-bare-adjectives';
import { verbBeforeAs } from './reported-as-verbs';
import { negatedQuestionContent } from './reported-open-questions';
import { withFirstConjunct } from './reported-first-conjuncts';
import { anotherSubject } from './reported-another-subjects';
import { invertedAfterComma } from './reported-inverted-first';
import { resumedInvertedAside } from './reported-resumed-asides';
import { pluralRelativeThat } from './reported-relative-bases';
import { objectStanceReading } from './reported-object-stances';
import { withinSource } from './reported-gerund-sources';
import { participleSourceBefore } from './reported-possessed-gerunds';
import { subjectlessClause } from './reported-subjectless-clauses';

/** The cue adverbs, and the predicates before "to" a cue may follow as its clause's verb ("is quick to point out"). */
const cueAdverbs = [...cueAdverbList, ...CATENATIVE_PREDICATES];

const MORE_ADVERBS = alternation(cueAdverbs);
/** Auxiliaries and adverbs between a subject and its cue ("has repeatedly said", "even suggested", "continued to complain"). */
const AUX_BEFORE_RE = new RegExp(`(?:\\b(?:${VERB_ADVERBS.slice(3, -1)}|${MORE_ADVERBS}|not|n[’']t)\\s+)+$`, 'iu');
/** AUX_BEFORE_RE's match, found from the last character that cannot be in it: its words hold only letters and apostrophes. */
/** The last run of letters of each word or phrase AUX_BEFORE_RE lists ("went on to" → "to", "n't" → "t"): what the text before a match's closing space ends in. */
const AUX_LAST_RUNS = lastLetterRuns([...VERB_ADVERBS.slice(3, -1).split('|'), ...cueAdverbs, 'not', 'n’t']);
const auxBefore = suffixMatcher(AUX_BEFORE_RE, /[^\p{L}\s'’|()?:]/u.test(`${VERB_ADVERBS}${MORE_ADVERBS}`) ? null : /[\p{L}\s'’]/u, (run) => AUX_LAST_RUNS.has(run.toLowerCase()));
/**
 * The addressee of a cue closing its sentence: "…, she told reporters.", "…, he told The Wall Street Journal.",
 * "…, he told a Senate panel Wednesday.", "…, she told voters in Ohio." (lexicon/closing-addressees.json).
 */
const CLOSING_OBJECT_RE = new RegExp(
  String.raw`^\s+(?:him|her|them|us|me|you|(?:(?:a|an|the|his|her|their|its)\s+(?:[\p{L}-]+\s+){0,3}?)?(?:${alternation(closingAddressees.plural)})|(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}?(?:${alternation(closingAddressees.heads)})|(?:the\s+)?\p{Lu}[\p{L}.&’'/-]*(?:\s+\p{Lu}[\p{L}.&’'/-]*){0,4}(?:['’]s(?:\s+\p{Lu}[\p{L}.’'-]*){1,3})?)(?=[\s.,?!"”]|$)`,
  'u',
);
/** A sentence opening that is only a connective and its comma ("Still, ", "But, "). */
const CONNECTIVE_LEAD_RE = /^\s*["“]?(?:Still|But|And|Yet|However|Now|So|Instead|Indeed|Meanwhile|Otherwise|Nevertheless|Moreover|Besides|Also|Rather|Ultimately|Now|Then|Finally|In fact|Of course|For now)\s*,\s*$/u;
/** A cue set off inside its content: a time phrase, then the comma that resumes the content. */
const ASIDE_RE = new RegExp(`^(?:${TIME_PHRASE.source.slice(1)})?\\s*,\\s*`, 'u');

/** A possessive ending the text before a cue, white space trimmed off ("Grant's ", "the voters’ "): `\p{L}['’]s?\s+$` read from the end. */
const POSSESSIVE_END_RE = /\p{L}['’]s?$/u;

/** What may open a sentence before its subject: a quotation mark, a connective. */
const OPENING_WORDS_RE = /^\s*["“]?(?:(?:But|And|Yet|Still|However|Meanwhile|Later|Now|So|Also)\s*,?\s+)?/u;

/** An open question after a stance adjective read only before "that" ("aren't sure how to …", "is far less sure where …"). */
const ADJECTIVE_QUESTION_RE = /^\s+(?:whether|if|how|what|where|why|who|when|which)\s/iu;

/** A relative pronoun set off by a comma before the cue's subject end ("Lavrov, who", "the two senators, both of whom"). */
const SET_OFF_RELATIVE_END_RE = /,\s*(?:who|which|(?:all|both|each|most|many|some|several|none|one|two|three|four|five)\s+of\s+(?:whom|which))\s*$/iu;

/** What opens a verb's object or infinitive right after an -s cue that is mostly a plural noun ("credits the staff", "aims to"). */
const OBJECT_OPENS_RE = /^\s+(?:him|her|them|it|us|me|the|a|an|his|their|its|this|that|these|those|to|whether|how|why|what)\b/u;

/**
 * The attributions whose cue is a verb, in order of their cues, the first `max` of them (an array made as the cues are
 * read, not a generator: the sentence's loop over its cues is the hottest of the extraction).
 */
export function verbCues(ctx: ReportedContext, p: number, text: string, sentence: Range, quotes: readonly Range[], outside: (i: number) => boolean, max: number): Draft[] {
  const out: Draft[] = [];
  /** Adds a draft; true when that makes `max`, and the reading stops. */
  const emit = (d: Draft): boolean => out.push(d) >= max;
  const slice = text.slice(sentence.start, sentence.end);
  let last: Draft | null = null;
  for (const m of cueMatches(slice)) {
    const at = sentence.start + m.index;
    if (!outside(at)) continue;
    const word = m.phrase;
    const entry = CUES.get(word);
    if (!entry) continue;
    const head = text.slice(sentence.start, at);
    // A capitalized cue inside its sentence is a headline or subhead in the body ("Trump Endorses Cruz In Iowa").
    if (/^\p{Lu}/u.test(m.text) && /\p{L}/u.test(head)) continue;
    // "a progressive think tank", "the reality TV show": a noun in a compound, no cue.
    if (inCompound(text, at, m.text.length)) continue;
    // What the checks anchored at the cue read: the words right before it, not the whole sentence again per cue.
    const near = wordsBefore(text, sentence.start, at);
    // "lawmakers nervous about the bill", "…, confident that …": with no copula, a stance adjective reads as a participle does.
    const bare = entry.adjective && !COPULA_BEFORE_RE.test(near) ? bareAdjectiveReading(entry, word, near, text.slice(at + m.text.length, sentence.end)) : null;
    const listed = bare ?? adjectiveReading(entry, word, near);
    // "began urging", "has taken to saying": after a catenative verb a participle is the verb of its clause.
    const catenated = listed.participle && catenativeIngBefore(near);
    const aux = verbGroupBefore(near, auxBefore, catenated);
    // "Some view the merger as a takeover": before an object and an "as" complement a noun-like form is a verb all the same.
    if (((listed.nounBase && !verbMustFollow(near)) || (listed.nounPlural && !singularSubjectBefore(near, OBJECT_OPENS_RE.test(text.slice(at + m.text.length, at + m.text.length + 12))))) && !verbBeforeAs(word, near, text.slice(at + m.text.length, sentence.end))) continue;
    // "did not say the vote was rigged" asserts nothing; "did not mention the levy", "has not endorsed anyone", "didn't say
    // whether …" report a stance or a question left open.
    // "were not fond of the plan", "aren't convinced that …": after a copula a negated stance adjective is a stance still.
    // "did not respond to a request for comment": some cues report only negated (reported-verb-checks.ts).
    if (listed.negatedOnly ? !negatedOnlyReports(near, text.slice(at + m.text.length, sentence.end)) : !(listed.adjective && COPULA_BEFORE_RE.test(near)) && !negatedCueReports(near, text.slice(at + m.text.length, sentence.end), word)) continue;
    // "is critical of", "remains confident that": an adjective reports only after a copula.
    if (listed.adjective && !bare && !COPULA_BEFORE_RE.test(near)) continue;
    // "is telling the crowd that …": a participle after "is" is the verb of its clause.
    // "he's praising", "they're also hoping": the contracted auxiliary, adverbs allowed.
    const progressive = listed.participle && ((aux !== null && PROGRESSIVE_RE.test(near)) || CONTRACTED_PROGRESSIVE_RE.test(near) || catenated);
    const info = progressive ? { ...listed, participle: false } : listed;
    // "took to Twitter to say", "led Republicans to say": an infinitive reports when its own subject can be read.
    const toBefore = !catenated && uncatenatedToBefore(near);
    const infinitive = !info.participle && toBefore ? infinitiveSource(ctx, p, text, sentence, at) : null;
    if (
      (toBefore && !infinitive) ||
      (!progressive && !info.adjective && passiveBefore(near))
    )
      continue;
    // "Grant's claim that …": after a possessive the word is a noun (read by nominalCues).
    // (Read first on the last characters: the pattern ends in `\s+$`, which the engine tries at every position of `near`.)
    if (trimmedEndMatches(near, POSSESSIVE_END_RE, 4, true) && !/\b(?:he|she|it|who|that|there|what)['’]s\s+$/iu.test(near)) continue;
    // "Their fear is that …": after a possessive pronoun and before a copula, the word is the copula's subject noun.
    if (/^\s+(?:is|was)\s+that\s/iu.test(text.slice(at + m.text.length, at + m.text.length + 12)) && /(?:^|[^\p{L}])(?:his|their|its|my|our|your)\s+$/iu.test(near)) continue;
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
    // "maintained that …", never "maintained the road"; "cast her as …", never "cast a ballot"; "the lists can …": a noun; "raised $3 million": no stance.
    // "was sure Reyes would win": after a copula, some read only before "that" report a clause without it too.
    // "you don't like it", "Critics loved the ad": a verb of liking reports with an object where it is surely a verb.
    if ((lacksComplement(info, after) && !(info.adjective && (ADJECTIVE_QUESTION_RE.test(after) || (copula !== null && bareClauseAfter(word, near.slice(0, near.length - verbGroup), after)))) && !(info.toOnly === true && objectStanceReading(word, near, after))) || pluralNounBeforeVerb(info, word, near, after) || moneyObject(word, after)) continue;
    // "what it's like to be": after a copula a cue read only before an infinitive is no verb.
    if (info.toOnly === true && !info.adjective && COPULA_BEFORE_RE.test(near)) continue;

    if (info.participle) {
      // `…, saying (that) CONTENT`, `… after saying CONTENT`: the subject of the main clause;
      // "a poll showing …", "voters backing Reyes": the noun phrase right before.
      // "Eight years after backing …": an opening preposition after a measure of time, which the list above leaves out.
      const adverbial = PARTICIPLE_AFTER_RE.test(head) || OPENING_ADVERBIAL_PARTICIPLE_RE.test(head);
      // "Noting that the port had closed, Holt said …": a participle clause opening the sentence has the main clause's subject.
      const leading = !adverbial && info.frame === 'clause' && SENTENCE_OPENING_RE.test(head);
      // "…, with most residents saying …": the noun phrase after "with" is the participle's own subject.
      const absolute = adverbial ? null : withSubject(text, sentence, subjectEnd);
      // "…, forcefully denouncing": adverbs before the participle are no part of what sets it off.
      const setOff = SET_OFF_RE.test(text.slice(sentence.start, subjectEnd));
      // "…, walking past the line and answering questions": a participle after "and" shares the clause's subject.
      const joined: SourceFound | null = !adverbial && !absolute && !setOff ? coordinated(ctx, p, text, sentence, subjectEnd, last, false) : null;
      const noun: SourceFound | null = !adverbial && !absolute && !setOff && !joined ? (nounBefore(ctx, p, text, sentence, subjectEnd) ?? participleHead(text, sentence, subjectEnd)) : null;
      // "…, putting out a statement contradicting …": a verb phrase before the participle; its subject is the source.
      const reduced: SourceFound | null =
        noun?.text && isVerbPhrase(noun.text)
          ? verbPhraseSource(noun, (from) => sourceBefore(ctx, p, text, sentence, from) ?? subjectPastAdverbial(ctx, p, text, sentence, from))
          : noun;
      if (!adverbial && !leading && !absolute && !reduced && !setOff && !joined) {
        // "criticized Reyes for saying …", "spent the week touting …": a gerund after a preposition, a participle after a verb
        // phrase; not one opening the content of the cue before it ("stopped short of calling for …").
        const by: Pick<SourceFound, 'found' | 'text'> | null = (last as Draft | null)?.content.start === subjectEnd ? null : participleSourceBefore(ctx, p, text, sentence, subjectEnd, at, word);
        const unset: Range | null = by ? contentAfter(text, cue, info, sentence) : null;
        if (by && unset && emit((last = { content: unset, cue, info, ...withinSource(last, at, cue.end, by), sourceAt: cue.phraseStart, clauseAt: cue.phraseStart }))) return out;
        continue;
      }
      // "On Tuesday, Brown endorsed her, citing …": else the source of the attribution the participle follows.
      const previous: Pick<SourceFound, 'found' | 'text'> | null = last && (last.source || last.sourceText) ? { found: last.source, text: last.sourceText } : null;
      // "…, Spicer said, adding …": right after a cue, the participle shares that cue's subject.
      const follows: Pick<SourceFound, 'found' | 'text'> | null = previous && last && JUST_AFTER_CUE_RE.test(text.slice(last.cue.end, cue.phraseStart)) ? previous : null;
      // "After blasting the council, Mayor Reyes left": opening the sentence, the participle's subject follows its clause.
      // Its clause may close with a quotation whose last comma sets it off (quote-closing-commas.ts).
      const main = (adverbial && OPENING_ADVERBIAL_PARTICIPLE_RE.test(head)) || leading ? mainSubjectAfter(ctx, p, text, sentence, cue.end, outsideOrClosingComma(text, outside)) : null;
      if (leading && !main) continue;
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
        openingNounPhrase(text, sentence, at) ??
        // "The families of the founders had mobilized, warning …": set off, the subject of the clause before it.
        (setOff && SET_OFF_PARTICIPLES.has(word) ? setOffSubject(ctx, p, text, sentence, at) : null);
      if (!source) continue;
      let content = contentAfter(text, cue, info, sentence);
      // "Voters backing the levy turned out early": a reduced relative's object ends before the main clause's verb.
      if (content && reduced && !/\bthat\s*$/i.test(text.slice(cue.end, content.start))) content = relativeClauseContent(text, sentence, cue.phraseStart, content, outside);
      // "Holt, citing state figures, said …": a participle set off right after the subject ends at its closing comma.
      const subject = ctx.speakerStartingAt(p, sentence.start + OPENING_WORDS_RE.exec(head)![0].length);
      if (content && ((subject && /^\s*,\s*$/.test(text.slice(subject.end, at))) || main)) content = untilComma(text, content, outside);
      // The main clause's subject may stand after a quotation closing the participle's clause: the content ends there.
      if (content && main && content.end > main.start && main.start > content.start) content = trimRange(text, { start: content.start, end: main.start });
      if (content && emit((last = { content, cue, info, source: source.found, sourceText: source.text, sourceAt: cue.phraseStart, clauseAt: cue.phraseStart }))) return out;
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
      (info.frame === 'clause' ? looseSubject(text, sentence, subjectEnd) : null) ??
      // "…, another says …": "another" as a clause cue's subject (reported-another-subjects.ts).
      (info.frame === 'clause' ? anotherSubject(text, sentence, subjectEnd) : null) ??
      longSubject(text, sentence, subjectEnd, info.frame === 'clause' || /^\s+that\s/u.test(after));
    // "a group that backed the levy": not "that support", where "support" may be a noun; "groups that warn …" is read (reported-relative-bases.ts).
    const relative = found ? null : aux || !BASE_FORMS.has(word) ? relativeThat(text, sentence, subjectEnd, isVerbBeforeThat) : pluralRelativeThat(text, sentence, subjectEnd, word, isVerbBeforeThat);
    // "…, teachers and union officials told the paper.": a first conjunct after a comma is part of a clause cue's subject.
    // "…, said an American official who …": a source after the cue closing the sentence makes it inverted (read below).
    const inverted = info.frame === 'clause' && !aux && invertedAfterComma(ctx, p, text, sentence, cue.phraseStart, cue.end, info);
    const source = inverted ? null : info.frame === 'clause' ? withFirstConjunct(text, sentence, found ?? relative, subjectEnd) : (found ?? relative);
    // "the campaign Clinton envisioned", "something he opposed": a relative clause whose subject no rule above reads.
    const contact = source || inverted || infinitive || info.nounPlural ? null : gappedObject(ctx, p, text, sentence, subjectEnd, cue.end);
    if (contact) {
      const gapInfo = { ...info, frame: 'object' as const };
      if (make(text, p, contact.content, cue, gapInfo, contact.source.found, contact.source.text, quotes)) {
        if (emit((last = { cue, info: gapInfo, content: contact.content, source: contact.source.found, sourceText: contact.source.text, sourceAt: contact.source.start, clauseAt: contact.content.start }))) return out;
        continue;
      }
    }
    if (source) {
      // Each draft below is written out, not spread from this one: an object spread at each emit was a slow copy.
      const draft = { cue, info, source: source.found, sourceText: source.text, sourceAt: source.start, clauseAt: source.start };
      // "…, which he has denied.", "everything she said.": the object is the relative word before the subject; not
      // inside the content of a clause cue before it ("Reyes said the ferry, which the council praised, would stop"); inside
      // an object it reports on its own ("proposed raising the tax, which Ruiz supports").
      // A noun phrase set off to sum up the content before reports on its own ("said …, a charge officials denied").
      const inside = last !== null && last.content.start <= subjectEnd && last.content.end >= cue.end && !setOffGap(text, sentence, subjectEnd, cue.end);
      const gap = found && !infinitive && !(inside && last?.info?.frame === 'clause') ? gappedObject(ctx, p, text, sentence, subjectEnd, cue.end) : null;
      const gapInfo = gap ? { ...info, frame: 'object' as const } : null;
      if (gap && make(text, p, gap.content, cue, gapInfo, gap.source.found, gap.source.text, quotes)) {
        if (emit((last = { cue, info: gapInfo, source: gap.source.found, sourceText: gap.source.text, sourceAt: gap.source.start, clauseAt: gap.content.start, content: gap.content }))) return out;
        continue;
      }
      // "The fares are too high, officials believe — but …": after the content's comma, a dash sets off no clause the cue reports.
      const setOffAfter = info.frame === 'clause' && DASH_AFTER_RE.test(after) && COMMA_BEFORE_RE.test(withoutTitleWords(text.slice(sentence.start, source.start)));
      // "did not say when …": a question the negated cue leaves open (reported-open-questions.ts).
      let content = setOffAfter ? null : (contentAfter(text, cue, info, sentence) ?? negatedQuestionContent(text, cue, info, near, sentence));
      // "A group that backed the levy has changed its mind": the relative clause ends before the main clause's verb.
      if (content && relative) content = relativeClauseContent(text, sentence, relative.start, content, outside);
      // "Lavrov, who has contended that …, showed no willingness": the content ends with the relative clause.
      if (content && SET_OFF_RELATIVE_END_RE.test(text.slice(Math.max(sentence.start, subjectEnd - 40), subjectEnd))) content = untilCommaPastSubject(text, content, outside);
      // "Like other owners who foresee a gain, Holt …": an object in a relative clause of the sentence's opening ends at its comma.
      if (content && info.frame === 'object' && subjectEnd - sentence.start < 160 && SUBJECT_RELATIVE_RE.test(text.slice(sentence.start, subjectEnd))) content = untilComma(text, content, outside);
      // "Graham — who had endorsed Bush — said …": a relative clause set off by dashes ends at the closing dash.
      const asideEnd = content ? relativeAsideEnd(text, sentence.start, subjectEnd, content) : null;
      if (content && asideEnd !== null) content = trimRange(text, { start: content.start, end: asideEnd });
      if (content && make(text, p, content, cue, info, source.found, source.text, quotes)) {
        if (emit((last = { cue, info, source: draft.source, sourceText: draft.sourceText, sourceAt: draft.sourceAt, clauseAt: draft.clauseAt, content }))) return out;
        continue;
      }
      // "As the study noted, CONTENT." · "CONTENT, as Holt wrote in the Courier.": the clause the "as" clause is set off from.
      const asContent = asClauseContent(text, sentence, source.start, cue.end);
      if (asContent && make(text, p, asContent, cue, info, source.found, source.text, quotes)) {
        if (emit((last = { cue, info, source: draft.source, sourceText: draft.sourceText, sourceAt: draft.sourceAt, clauseAt: asContent.start < source.start ? cue.phraseStart : source.start, content: asContent }))) return out;
        continue;
      }
      // "…, records show." · "The plant, records show, burned …": an object cue that may take a clause reports what
      // precedes it when it closes the sentence, or the sentence around it when set off inside it.
      if (info.frame !== 'clause' && !(CLOSING_OBJECT_CUES.has(word) && (closesSentence(after) || ASIDE_RE.test(after)))) continue;
      // `CONTENT, X said.`: the cue closes the sentence (title words may stand before the name:
      // `…, harbor master Ines Vidal said.`).
      const lead = withoutTitleWords(text.slice(sentence.start, source.start));
      // The comma may stand inside a closing quotation: `… are "very pro-union," Ruiz said.`
      if (COMMA_BEFORE_RE.test(lead) && (closesSentence(withoutClosingTail(info.object === 'none' ? after : after.replace(CLOSING_OBJECT_RE, ''))) || participleAfterCue(after))) {
        content = trimRange(text, { start: sentence.start, end: sentence.start + lead.replace(/[\s,]+$/, '').length });
        // "…, Holt noted; the board had …": the clause after a semicolon goes on with the content (reported-extent.ts).
        const on = semicolonGoesOnAt(text, cue.end, sentence.end);
        const goesOn = on === null ? undefined : `${text.slice(content.start, content.end)} ${text.slice(on, trimRange(text, sentence).end)}`;
        if (make(text, p, content, cue, info, source.found, source.text, quotes)) {
          if (goesOn !== undefined) content = trimRange(text, { start: content.start, end: sentence.end });
          if (emit((last = { cue, info, source: draft.source, sourceText: draft.sourceText, sourceAt: cue.phraseStart, clauseAt: source.start, content, textOverride: goesOn }))) return out;
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
          if (emit((last = { cue, info, source: draft.source, sourceText: draft.sourceText, sourceAt: draft.sourceAt, clauseAt: source.start, content }))) return out;
          continue;
        }
      }
      // A one-word lead is content too ("Loyalty, he noted, has long been …", "In 2008, she said, …").
      // The part after the aside may be a short predicate ("This plan, she said, is different.").
      // A comma before a closing '' reads so too (`But ''it is …,'' he added, to pursue …`), as it did when the title
      // words were read past that mark; after a closing " or ” the sentence is left to the quotation's attribution.
      const resumed = aside ? words(text.slice(resumes, sentence.end)).length : 0;
      if (/,(?:'')?\s*$/.test(lead) && words(lead).length >= 1 && aside && resumed >= 2 && words(lead).length + resumed > MIN_CONTENT_WORDS) {
        content = trimRange(text, { start: sentence.start, end: sentence.end });
        if (make(text, p, content, cue, info, source.found, source.text, quotes)) {
          if (emit({ cue, info, source: draft.source, sourceText: draft.sourceText, sourceAt: draft.sourceAt, clauseAt: sentence.start, content, textOverride: `${lead.replace(/[\s,]+$/, '')} ${text.slice(resumes, content.end)}` })) return out;
        }
      }
      continue;
    }
    // `CONTENT, said X.` (inverted).
    if (info.frame === 'clause' && COMMA_BEFORE_RE.test(head) && !aux) {
      // "The contrast, said Doyle and others, would be clear …": the content resumes after the source's comma.
      const aside = resumedInvertedAside(ctx, p, text, sentence, cue.phraseStart, cue.end);
      if (aside && make(text, p, aside.content, cue, info, aside.source, aside.sourceText, quotes)) {
        if (emit({ content: aside.content, cue, info, source: aside.source, sourceText: aside.sourceText, sourceAt: cue.phraseStart, clauseAt: cue.phraseStart, textOverride: aside.text })) return out;
        continue;
      }
      const entity = ctx.speakerStartingAt(p, cue.end + (/^\s*/.exec(after)?.[0].length ?? 0));
      const content = trimRange(text, { start: sentence.start, end: sentence.start + head.replace(/[\s,]+$/, '').length });
      // "…, said Ada Holt, a fellow at the Hale Institute, which studies polls.": what describes the source may run on.
      const rest = entity ? text.slice(entity.end, sentence.end) : '';
      if (entity && (closesSentence(rest.replace(/^\s*,[^,]{1,100},?/, '')) || DESCRIBES_SOURCE_RE.test(rest))) {
        const source = { speaker: entity.speaker, method: 'said-after', confidence: 0.9 * entity.confidence };
        if (make(text, p, content, cue, info, source, null, quotes) && emit({ content, cue, info, source, sourceText: null, sourceAt: cue.phraseStart, clauseAt: cue.phraseStart })) return out;
      } else if (!entity) {
        // "…, said several analysts who follow the race.": a noun phrase no entity reads.
        const phrase = invertedNounPhrase(after);
        if (phrase && make(text, p, content, cue, info, null, phrase, quotes) && emit({ content, cue, info, source: null, sourceText: phrase, sourceAt: cue.phraseStart, clauseAt: cue.phraseStart })) return out;
      }
    }
    if (!source && !inverted && !contact && subjectlessClause(ctx, p, text, sentence, { cue, info, head, written: m.text, quotes }, emit)) return out;
  }
  return out;
}

/** A set-off speech participle right after a closing cue ("…, Cruz explained, recalling …"): its clause is its own attribution. */
function participleAfterCue(after: string): boolean {
  const m = /^\s*,\s*(\p{Ll}+ing)(?![\p{L}’'-])/u.exec(after);
  return m !== null && SET_OFF_PARTICIPLES.has(m[1]);
}

/** A dash right after a cue: what follows is set off ("…, they believe — but …", "…, he said - and …"). */
const DASH_AFTER_RE = /^\s*[—–]|^\s+-\s/u;
/**
 * What a cue closing its content may have after it besides what closes a sentence: a remark set off by a dash, or a
 * clause of time, manner or reason right after it ("…, Holt said after meeting the board, because …", "…, officials
 * believe — backers she will need."). Read from the dash or the subordinator to the end; a comma before the subordinator
 * ("…, he said, because …") leaves the cue set off inside its content, and a quotation after it is the cue's own content.
 */
const CLOSING_TAIL_RE = /(?:\s*[—–]|\s+-\s)[^]*$|\s+(?:as|while|when|because|though|although|since|before|after|until)\s+\p{L}[^"“”]*$/u;

/** What follows a cue closing its content, without a set-off remark or a subordinate clause at its end. */
function withoutClosingTail(after: string): string {
  const m = CLOSING_TAIL_RE.exec(after);
  return m ? after.slice(0, m.index) : after;
}

/** Classic speech and cognition participles whose set-off subject may be a long noun phrase (lexicon/set-off-speech-participles.json). */
const SET_OFF_PARTICIPLES: ReadonlySet<string> = new Set(setOffParticiples.participles);

/** Between a cue and a participle sharing its subject: a comma, a day or time word before it at most ("said Thursday, adding"). */
const JUST_AFTER_CUE_RE = /^(?:\s+(?:on\s+)?\p{L}+)?\s*,\s*$/u;

/** A restrictive relative clause opening in the sentence's subject ("Some fans who …"): no comma or clause mark before it. */
const SUBJECT_RELATIVE_RE = /^\s*["“]?(?:(?:But|And|Yet|Still|So|Now)\s*,?\s+)?[^,;:()"“”—–]{1,120}?\s(?:who|which)\s*$/u;

/** Nothing before a participle but the sentence's opening quotation mark or connective ("Noting that …", "But recalling …"). */
const SENTENCE_OPENING_RE = /^\s*["“]?(?:(?:But|And|Yet|Still)\s+)?$/u;

/** A participle set off from its clause by a comma or a dash ("…, saying", "… – saying"). */
const SET_OFF_RE = /(?:,(?:["”’]|'')?|\s[—–-]|[—–])\s*$/u;

/** A participle after a preposition of time or manner ("after saying", "by calling for", "while criticizing"). */
const PARTICIPLE_AFTER_RE = /\b(?:by|after|before|while|when|in|without|since|despite|upon|besides|in addition to|aside from|apart from)\s+(?:(?:first|initially|repeatedly|publicly|also|again|falsely|\p{Ll}{2,}ly)\s+)?$/iu;

