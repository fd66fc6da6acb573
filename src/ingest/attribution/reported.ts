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
import { type CueInfo } from '../lexicon';
import { type ReportedAttribution, make, quotesWithin } from './reported-attribution';
import { type Range } from '../text';
import { type Cue, trimRange } from './reported-content';
import { colonQuotationAt, quotationWithin, quotedTurnAt, relativeClauseAt, siblingBoundaryAt, withinOpeningClause } from './reported-clauses';
import { according } from './reported-according';
import type { Draft } from './reported-draft';
import { nominalCues } from './reported-nominal';
import { possessedStanceCues } from './reported-possessed-stances';
import { topicNounCues } from './reported-topic-nouns';
import { stancePhraseCues } from './reported-stance-phrases';
import { nounClauseCues } from './reported-noun-clauses';
import { nounSourceCues } from './reported-noun-sources';
import { pronounInPhrase } from './reported-pronoun-phrase';
import { membersAsWritten } from './party-member-sources';
import { possessorOfWords } from './possessed-message-sources';
import { openingCues, speakerLabel } from './reported-openings';
import { subjectHost } from './reported-subjects';
import { pollCues } from './reported-polls';
import { isSharePhrase, nextShareAt } from './reported-shares';
import { shareStanceCues } from './reported-share-stances';
import { verbCues } from './reported-verb-cues';
import { splitCoordinatedVerbs } from './reported-coordinated-verbs';
import { nextClauseAt } from './reported-next-clause';
import { quotedTurnAfterAt } from './reported-run-on';
import { leavesSubjectOnly } from './reported-extent';
import { asideInSubject } from './reported-subject-asides';
import { askedCues, passiveCues, raisingCues } from './reported-passive';
import { raisedSubjectSources } from './reported-raised-subjects';
import { distantAgentCues } from './reported-distant-agents';
import { experiencerPassiveCues } from './reported-experiencer-passives';
import { reducedPassiveCues } from './reported-reduced-passive';
import { titledCues } from './reported-titles';
import { agentlessCues } from './reported-agentless';
import { terminalPassiveCues } from './reported-terminal-passive';
import { judgedPassiveCues } from './reported-judged-passives';
import { datedParticipleCues } from './reported-dated-participles';
import { hearsayPassiveCues } from './reported-hearsay-passive';
import { asSourceCues } from './reported-as-sources';
import { gapSubjectCues } from './reported-gap-subjects';
import { impersonalNounCues } from './reported-impersonal-nouns';
import { agentNounCues } from './reported-agent-nouns';
import { nounColonCues } from './reported-noun-colons';
import { setOffAdverbialCues } from './reported-set-off-adverbials';
import { listedVerbCues } from './reported-listed-verbs';
import { perfectParticipleCues } from './reported-perfect-participles';
import { firstReportedCues } from './reported-first-reported';
import { thanClauseCues } from './reported-than-clauses';
import { passiveLabelCues } from './reported-passive-labels';
import { type FoundSource, type ReportedContext } from './reported-sources';
import { type LastSource, followIt } from './it-speakers';

export type { FoundSource, ReportedContext, SourceRef } from './reported-sources';
export type { ReportedAttribution } from './reported-attribution';

/** Sentences longer than this are not read for reported speech: no news sentence is this long. */
const LONG_SENTENCE = 1200;

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
      for (const read of readSentence(ctx, p, text, sentence)) {
        const a = possessorOfWords(ctx, p, text, sentence, membersAsWritten(ctx, p, text, sentence, read));
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
  // verbCues returns at most MAX_PER_SENTENCE drafts: its array is the sentence's drafts so far.
  const read: Draft[] = verbCues(ctx, p, text, sentence, quotes, outside, MAX_PER_SENTENCE);
  // Clause cues with no subject read wait until every other reading had its turn (reported-subjectless-clauses.ts).
  const drafts = read.filter((d) => d.unread !== true);
  // "recalled her summers there and described the mill": an object ends before a verb coordinated with its cue's.
  splitCoordinatedVerbs(text, sentence, drafts, outside, (d, content) => make(text, p, content, d.cue, d.info, d.source, d.sourceText, quotes) !== null);
  const within = (d: { content: Range }): boolean => drafts.some((o) => o.content.start <= d.content.start && o.content.end >= d.content.end);
  // "U.S. officials expressed fears that …": a voicing verb read as a cue already reports the noun and its clause.
  const voiced = nounClauseCues(ctx, p, text, sentence, outside).filter((n) => !drafts.some((d) => d.cue.at === n.cue.phraseStart));
  const nominal = [...nominalCues(ctx, p, text, sentence, outside), ...possessedStanceCues(ctx, p, text, sentence, outside), ...topicNounCues(ctx, p, text, sentence, outside).filter((n) => !within({ content: { start: n.cue.at, end: n.content.end } })), ...stancePhraseCues(ctx, p, text, sentence, outside), ...voiced];
  // "Holt's decision not to run", "claims by auditors that …": the shapes those readers leave, one draft a noun.
  for (const n of [...nominal, ...nounSourceCues(ctx, p, text, sentence, outside).filter((s) => !nominal.some((o) => o.cue.at === s.cue.at))]) {
    // "…, answering questions about her campaign": a sourceless noun cue inside another's content adds nothing.
    if (n.source === null && n.sourceText === null && within(n)) continue;
    drafts.push({ ...n, info: NOMINAL, clauseAt: n.clauseAt ?? n.sourceAt });
  }
  for (const d of passiveCues(ctx, p, text, sentence, outside)) drafts.push({ ...d, info: NOMINAL });
  for (const d of distantAgentCues(ctx, p, text, sentence, outside)) if (!drafts.some((o) => o.cue.at === d.cue.at)) drafts.push({ ...d, info: NOMINAL });
  // "was delighted by the controversy": the subject feels, the agent is what about; it replaces a passive of saying read there.
  for (const d of experiencerPassiveCues(ctx, p, text, sentence, outside)) drafts.splice(0, drafts.length, ...drafts.filter((o) => o.cue.at !== d.cue.at), { ...d, info: NOMINAL, clauseAt: d.clauseAt ?? d.sourceAt });
  for (const d of reducedPassiveCues(ctx, p, text, sentence, outside)) drafts.push({ ...d, info: NOMINAL });
  // "A merger announced Monday would …": the participle modifies the noun it follows, read as a verb with that subject before.
  for (const d of datedParticipleCues(text, sentence, outside)) drafts.splice(0, drafts.length, ...drafts.filter((o) => o.cue.at !== d.cue.at), { ...d, info: NOMINAL });
  // "X, a longtime supporter of Y, …": a stance named by a noun for its holder.
  for (const d of agentNounCues(ctx, p, text, sentence, outside)) if (!within(d)) drafts.push({ ...d, info: NOMINAL, clauseAt: d.clauseAt ?? d.sourceAt });
  for (const d of askedCues(ctx, p, text, sentence, outside)) drafts.push({ ...d, info: NOMINAL });
  for (const d of titledCues(text, sentence, outside)) drafts.push({ ...d, info: NOMINAL });
  // "sent the senator a blunt message: He must stop": the rest of the sentence after a noun of saying and a colon.
  for (const d of nounColonCues(ctx, p, text, sentence, outside)) if (!drafts.some((o) => o.content.start <= d.content.start && o.content.end >= d.content.end)) drafts.push({ ...d, info: NOMINAL });
  // "Rubio seemed to urge …": the cue after "seemed to" is read with its subject; the raising verb only hedges it.
  const hedged = (d: { cue: Cue }): boolean => drafts.some((o) => o.cue.phraseStart <= d.cue.at && o.cue.at >= d.cue.end);
  for (const d of agentlessCues(text, sentence, outside)) if (!drafts.some((o) => o.content.start <= d.content.start && o.content.end >= d.content.end)) drafts.push({ ...d, info: NOMINAL });
  // "When the case was argued in December, …": a passive of saying that ends its clause reports its subject.
  for (const d of [...terminalPassiveCues(text, sentence, outside), ...judgedPassiveCues(text, sentence, outside)]) {
    if (!drafts.some((o) => o.cue.at === d.cue.at || (o.content.start <= d.content.start && o.content.end >= d.content.end))) drafts.push({ ...d, info: NOMINAL });
  }
  for (const d of impersonalNounCues(text, sentence, outside)) if (!drafts.some((o) => o.content.start <= d.content.start && o.content.end >= d.content.end)) drafts.push({ ...d, info: NOMINAL });
  // "a result that officials said defied expectations": a cue in a relative clause whose gap is its clause's subject.
  for (const d of gapSubjectCues(text, sentence, outside)) if (!drafts.some((o) => o.cue.at === d.cue.at)) drafts.push({ ...d, info: NOMINAL });
  // "The Ledger reported on Monday, the mayor will …": a clause without "that" after a set-off time phrase.
  for (const d of setOffAdverbialCues(ctx, p, text, sentence, outside)) if (!drafts.some((o) => o.cue.at === d.cue.at)) drafts.push({ ...d, info: NOMINAL });
  // "The ministry hid the records, admitted it withheld letters, …": a speech verb second in a list of verbs.
  for (const d of listedVerbCues(ctx, p, text, sentence, outside)) if (!drafts.some((o) => o.cue.at === d.cue.at)) drafts.push({ ...d, info: NOMINAL });
  // "Holt, having said that …, voted …": the perfect participle's subject is the sentence's; its verb read alone has none.
  for (const d of perfectParticipleCues(ctx, p, text, sentence, outside)) {
    for (const o of drafts.filter((n) => n.cue.at > d.cue.at && n.cue.at < d.cue.end)) drafts.splice(drafts.indexOf(o), 1);
    drafts.push({ ...d, info: NOMINAL });
  }
  // "… — a fact first reported by the Gazette": the noun phrase sums up the clause the source made known.
  for (const d of firstReportedCues(text, sentence, outside)) if (!drafts.some((o) => o.cue.at === d.cue.at)) drafts.push({ ...d, info: NOMINAL });
  // "more corn than the industry says the market can absorb": a contact clause after "than".
  for (const d of thanClauseCues(text, sentence, outside)) if (!drafts.some((o) => o.cue.at === d.cue.at)) drafts.push({ ...d, info: NOMINAL });
  // "were designated as “Secret”": a quoted label given in the passive, by no one named.
  for (const d of passiveLabelCues(text, sentence, outside)) if (!drafts.some((o) => o.content.start <= d.content.start && o.content.end >= d.content.end)) drafts.push({ ...d, info: NOMINAL });
  for (const d of hearsayPassiveCues(text, sentence, outside)) if (!drafts.some((o) => o.content.start <= d.content.start && o.content.end >= d.content.end)) drafts.push({ ...d, info: NOMINAL });
  // "As another survey from 2014 noted, …": an "as" clause no verb rule read, or read with its content before the cue.
  for (const d of asSourceCues(ctx, p, text, sentence, outside)) {
    const same = drafts.filter((o) => o.cue.at === d.cue.at);
    if (same.some((o) => o.content.end > d.cue.at && (o.source !== null || o.sourceText !== null))) continue;
    for (const o of same) drafts.splice(drafts.indexOf(o), 1);
    drafts.push({ ...d, info: NOMINAL });
  }
  for (const d of raisedSubjectSources(ctx, p, sentence, raisingCues(text, sentence, outside))) if (!hedged(d) && !drafts.some((o) => o.content.start <= d.content.start && o.content.end >= d.content.end)) drafts.push({ ...d, info: NOMINAL });
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
  // "Sixty percent approve of her work": a view a share of those polled holds, unless a cue already reads it.
  // In a poll's finding ("… have a favorable view of him in the new poll") the poll is the source.
  for (const o of shareStanceCues(text, sentence, outside)) if (!drafts.some((d) => d.cue.at === o.cue.at || (d.cue.word === 'in' && d.content.start <= o.sourceAt && d.content.end > o.cue.at))) drafts.push({ ...o, source: null, info: NOMINAL, clauseAt: o.sourceAt });
  // "According to the summary, X asked …", "X said …, according to the agency": the agency's attribution holds the
  // whole clause, X's own cue inside it stands too (nested). A clause cue reporting words outside it ("That was
  // according to plan, the captain said") leaves no such attribution.
  const acc = according(ctx, p, text, sentence, quotes, outside);
  if (acc && !drafts.some((d) => d.info?.frame === 'clause' && d.clauseAt <= acc.content.start && d.cue.at >= acc.content.start && d.cue.at < acc.content.end && !nestedIn(d.content, acc.content))) drafts.push(acc);
  for (const d of read) if (d.unread === true && !drafts.some((o) => o.cue.at === d.cue.at || (o.content.start <= d.content.start && o.content.end >= d.content.end))) drafts.push(d);
  drafts.sort((a, b) => a.clauseAt - b.clauseAt);
  const out: ReportedAttribution[] = [];
  const seen = new Set<string>();
  drafts.forEach((d, i) => {
    // "When the mayor said …, the council voted …": a cue in the opening subordinate clause reports up to its closing comma
    // when the main clause after it holds an attribution of its own, or a quotation someone's attribution took.
    const opening = withinOpeningClause(text, sentence, d.cue, d.content, outside);
    const mainSpeaks = drafts.some((o) => o !== d && o.cue.at > opening.end && o.cue.at < d.content.end) || quotationWithin(text, quotes, opening.end, d.content.end);
    let content = mainSpeaks ? opening : d.content;
    // "Republicans who have praised him warned that …": a cue inside another's subject reports up to that one's verb.
    const host = d.info?.frame === 'clause' ? undefined : subjectHost(text, drafts, d, content, (n) => n.info !== null && n.info !== NOMINAL);
    if (host && d.textOverride === undefined) content = trimRange(text, { start: content.start, end: host.cue.phraseStart });
    // "praised Ada Holt, who has vowed to …": an object ends before a relative clause that reports on its own; so does a
    // clause after its cue ("said he backs the bill, which he argued …").
    const reports = d.info?.frame === 'object' || (d.info?.frame === 'clause' && content.start >= d.cue.end);
    const relative = reports ? relativeClauseAt(text, content, drafts.map((n) => n.cue), d.info?.frame === 'object') : null;
    if (relative !== null && !leavesSubjectOnly(text, content, relative) && !asideInSubject(text, content, relative)) content = trimRange(text, { start: content.start, end: relative });
    // "…, he replied, “…”": a quotation someone else's attribution opens ends the content before that attribution.
    const turn = quotedTurnAt(text, content, quotes);
    if (turn !== null && d.cue.end <= turn) content = trimRange(text, { start: content.start, end: turn });
    // "thanked the crowd and then boomed, “…”": a later clause introducing a quotation of its own ends the content.
    const turnOn = quotedTurnAfterAt(text, content, quotes, d.cue.end);
    if (turnOn !== null) content = trimRange(text, { start: content.start, end: turnOn });
    // "saw his words differently: “…,” he said": a quotation after a colon is an attribution of its own.
    const colon = d.textOverride === undefined ? colonQuotationAt(text, content, quotes) : null;
    if (colon !== null && d.cue.end <= colon) content = trimRange(text, { start: content.start, end: colon });
    const sibling = d.textOverride === undefined ? siblingBoundaryAt(text, content, drafts.slice(i + 1), d.info?.frame === 'clause') : null;
    if (sibling !== null) content = trimRange(text, { start: content.start, end: sibling });
    // "was fired up about a deal's potential he said she should call": an object ends where a new subject and cue open.
    const next = d.textOverride === undefined && d.info?.frame === 'object' ? nextClauseAt(text, content, drafts.slice(i + 1).map((n) => ({ ...n, verbCue: n.info !== null && n.info !== NOMINAL }))) : null;
    if (next !== null) content = trimRange(text, { start: content.start, end: next });
    // "42% say they are liberal, 32% call themselves conservative": a share's words end where the next share's open.
    const nextShare = d.sourceText !== null && isSharePhrase(d.sourceText) ? nextShareAt(text, content) : null;
    if (nextShare !== null) content = trimRange(text, { start: content.start, end: nextShare });
    const key = `${content.start}:${content.end}`;
    if (seen.has(key)) return;
    // Its relative word stands for that subject: "farmers who have praised it" are the farmers who warned.
    // The subject's entity or whole phrase ("Marta Quell, a clerk who …") is fuller than the relative's noun phrase.
    const byHost = host && d.source === null && (host.source !== null || host.sourceText !== null || d.sourceText === null);
    const by = pronounInPhrase(ctx, p, byHost ? host : d);
    const made = make(text, p, content, d.cue, d.info, by.source, by.sourceText, quotes, by.sourceAt);
    if (!made) return;
    seen.add(key);
    if (d.textOverride !== undefined) made.text = d.textOverride;
    out.push(made);
  });
  return out;
}

/** Whether a content opens inside another (it may run on past its end, before the cut at a sibling). */
function nestedIn(inner: Range, outer: Range): boolean {
  return inner.start >= outer.start && inner.start < outer.end;
}
