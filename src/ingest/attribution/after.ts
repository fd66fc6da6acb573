/** Attribution written after a quote: `"…," Kerry said`, `"…," said the minister`. */
import { type Context, type Found, firstMentionFrom, isTitleWord, titleLike } from './context';
import { hasSpeechVerb, words } from '../text';
import { DESCRIPTOR_THEN_VERB_RE, GAP_THEN_VERB_RE, INVERTED_VERB_RE, PRONOUN_THEN_VERB_RE, SPACE_THEN_VERB_RE } from './patterns';
import { resolveDescriptor, viaPronoun, viaPronounAt } from '../coreference';
import type { ExtractedMention } from '../entity-extraction';
import type { SpeakerRef } from '../quote-types';
import { PARTICIPLE_SPEECH, SPEECH_VERB_ALT } from '../lexicon';
import type { Quotation } from '../quotations';

/** A sentence that is only a name (with title words) and a speech verb: ` Trump said.`, ` Sen. Ada Kerr stated.` */
const BARE_ATTRIBUTION_RE = new RegExp(`^\\s+(?:[\\p{Lu}][\\p{L}.’'-]*\\s+){1,5}(?:${SPEECH_VERB_ALT})\\.(?:\\s|$)`, 'u');

/** After an inverted verb: `the New York businessman` up to a comma, a period or a relative clause. */
const INVERTED_DESCRIPTOR_RE = /^(the\s+(?:[\p{L}.’'-]+\s+){0,4}?)(\p{Ll}[\p{L}-]*)(?=\s*[,.;:]|\s*$|\s+(?:who|on|in|at|during|after|this|last|on)\b)/u;

/** `"…," said Kerry` · `"…," Kerry said` · `"…," he said` · `"…," the ministry said` · `"…," according to X`. */
export function attributeAfter(ctx: Context, q: Quotation): Found | null {
  if (q.close === null) return null;
  const text = ctx.paragraphs[q.paragraph];
  const inner = q.text.trimEnd();
  // `''… 'We'll win,''' said X`: the inner quotation's closing apostrophe is left after the pair that closed the quote.
  const pos = q.close + 1 + (/^'(?=\s)/.test(text.slice(q.close + 1, q.close + 3)) && /^''/.test(text.slice(q.close - 1, q.close + 1)) ? 1 : 0);
  const rest = text.slice(pos);
  // A quotation ending its sentence starts no attribution, unless the next sentence is nothing
  // else: `"…we will win." Trump said.` (a period for the comma, as some copy has it).
  const bare = /\.$/.test(inner) && BARE_ATTRIBUTION_RE.test(rest.slice(0, 80));
  if (/\.$/.test(inner) && !/^\s*[,—–]/.test(rest) && !/^\s+\p{Ll}/u.test(rest) && !bare) return null;
  if (/^\s*\p{Lu}\p{Ll}*\s/u.test(rest) && /[.]$/.test(inner) && !bare) return null;
  const lead = /^\s*[,—–-]?\s*/.exec(rest)![0];
  const at = pos + lead.length;
  const according = /^according to\s+/i.exec(text.slice(at));
  if (according) {
    const s = speakerStartingAt(ctx, q.paragraph, at + according[0].length);
    return s ? { speaker: s.speaker, method: 'according-to', confidence: 0.9 * s.confidence } : null;
  }
  const inverted = INVERTED_VERB_RE.exec(text.slice(at));
  if (inverted) {
    const verb = inverted[0].trim().toLowerCase();
    if (PARTICIPLE_SPEECH.has(verb)) return null;
    const s = speakerStartingAt(ctx, q.paragraph, at + inverted[0].length);
    if (s) return { speaker: s.speaker, method: 'said-after-quote', confidence: 0.95 * s.confidence };
    const pron = /^(he|she)\b/i.exec(text.slice(at + inverted[0].length));
    if (pron) return viaPronoun(ctx, q, pron[1], at);
    // `"…," said the Democratic nominee.`: a description of someone named before, as `the nominee said` is.
    const described = INVERTED_DESCRIPTOR_RE.exec(text.slice(at + inverted[0].length, at + inverted[0].length + 80));
    if (described) {
      const found = resolveDescriptor(ctx, q.paragraph, at + inverted[0].length, described[1], described[2]);
      return found ? { ...found, method: 'descriptor' } : null;
    }
    return null;
  }
  // `"…," KCNA quoted Kim as saying`: the one quoted speaks, not the outlet; "quoted a … official" is unnamed.
  const quoted = /^(?:[\p{L}.’'-]+\s+){1,4}?quoted\s+/u.exec(text.slice(at));
  if (quoted) {
    const s = speakerStartingAt(ctx, q.paragraph, at + quoted[0].length);
    return s && /^\s+as\s+saying\b/.test(text.slice(s.end)) ? { speaker: s.speaker, method: 'quoted-as-saying', confidence: 0.85 * s.confidence } : null;
  }
  const subject = subjectThenVerb(ctx, q.paragraph, at);
  if (subject) return { ...subject, method: subject.method === 'name' ? 'said-after-quote' : subject.method };
  return null;
}

/**
 * A subject at `at` followed by a speech verb: a mention (with optional
 * title words before it and a parenthetical or appositive after it), a
 * pronoun, or a descriptor ("the ministry", "the U.S. diplomat").
 */
export function subjectThenVerb(ctx: Context, paragraph: number, at: number): (Found & { method: string }) | null {
  const text = ctx.paragraphs[paragraph];
  const tail = text.slice(at);
  const pron = PRONOUN_THEN_VERB_RE.exec(tail);
  if (pron) return viaPronounAt(ctx, paragraph, at, pron[1]);
  const s = speakerStartingAt(ctx, paragraph, at);
  if (s) {
    const afterName = text.slice(s.end);
    const gap = GAP_THEN_VERB_RE.exec(afterName);
    if (gap) return { speaker: s.speaker, method: 'name', confidence: 0.95 * s.confidence };
    return null;
  }
  const descriptor = DESCRIPTOR_THEN_VERB_RE.exec(tail);
  if (descriptor) {
    const found = resolveDescriptor(ctx, paragraph, at, descriptor[1], descriptor[2]);
    return found ? { ...found, method: 'descriptor' } : null;
  }
  return null;
}

/**
 * The entity whose mention starts at `at`, allowing title words before it
 * ("said Russian Foreign Minister Sergei Lavrov").
 */
export function speakerStartingAt(ctx: Context, paragraph: number, at: number): { speaker: SpeakerRef; end: number; confidence: number } | null {
  const text = ctx.paragraphs[paragraph];
  // Mentions chained from `at` through title words: "ECB President Christine Lagarde" is ECB, then Lagarde.
  let firstOrg: ExtractedMention | null = null;
  const mentions = ctx.mentions[paragraph];
  for (let k = firstMentionFrom(mentions, at); k < mentions.length; k++) {
    const m = mentions[k];
    const between = text.slice(at, m.start);
    // "added his campaign manager Jeff Weaver", "said L2 president Bruce Willsie".
    const titleWords = between.replace(/^(?:his|her|their|its)\s+/i, '');
    const fits = between === '' || (/^(?:the\s+)?(?:[\p{L}\p{N}.’'/-]+\s+){0,9}$/iu.test(titleWords) && !/[,;]/.test(between) && !hasSpeechVerb(between) && titleLike(titleWords, 3));
    if (!fits) break;
    if (/^['’]s?\s/.test(text.slice(m.end, m.end + 3))) {
      // "Kessler's campaign": the possessor is not the subject; an organization may still head a title,
      // and so may a person before title words and another person ("Clinton's top aide Jake Sullivan").
      if (m.type === 'person' && !possessorOfTitle(text, m, mentions[k + 1])) return null;
      continue;
    }
    if (m.type === 'person') {
      // "said Clinton campaign manager Robby Mook": a person's name as part of another's title.
      const next = mentions[k + 1];
      const gap = next ? text.slice(m.end, next.start) : '';
      // Title words, no verb and no preposition at the end: "Trump attacked Clinton" is a clause, "Ann Lee for Acme Polls" names her employer.
      if (next?.type === 'person' && /^\s+(?:[\p{L}.’'-]+\s+){1,3}$/u.test(gap) && /\p{Ll}/u.test(gap) && titleLike(gap, 3) && !hasSpeechVerb(gap) && !titleGapEndsClause(gap)) continue;
      return { speaker: { type: 'person', index: m.entity }, end: m.end, confidence: m.confidence };
    }
    firstOrg ??= m;
  }
  if (firstOrg) {
    const rest = text.slice(firstOrg.end);
    // An organization followed by more title words belongs to someone's title, not the subject.
    if (/^\s+\p{Lu}/u.test(rest) && !SPACE_THEN_VERB_RE.test(rest)) return null;
    return { speaker: { type: 'organization', index: firstOrg.entity }, end: firstOrg.end, confidence: firstOrg.confidence };
  }
  return null;
}

/** `Clinton's top foreign policy aide Jake Sullivan`: a person's possessive, title words, then the person they name. */
function possessorOfTitle(text: string, m: ExtractedMention, next: ExtractedMention | undefined): boolean {
  if (next?.type !== 'person') return false;
  const gap = text.slice(m.end, next.start).replace(/^['’]s?/, '');
  return /^\s+(?:[\p{L}.’'-]+\s+){1,4}$/u.test(gap) && /\p{Ll}/u.test(gap) && titleLike(gap, 3) && !hasSpeechVerb(gap) && !titleGapEndsClause(gap);
}

/** Words between two names that make the first a clause's subject or object, not part of the second's title. */
function titleGapEndsClause(gap: string): boolean {
  return /\b(?:for|at|in|on|to|with|from|by|and|or|of)\s+$/.test(gap) || words(gap).some((w) => /\p{Ll}ed$/u.test(w) && !isTitleWord(w));
}
