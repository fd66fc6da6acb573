/**
 * A speech participle right after its clause's verb phrase, with no comma
 * before it and no noun for people or messages heading it (`Holt spent the
 * week touting the plan`, `released a statement Friday condemning the
 * attack`): its source is the sentence's subject. Read on the word before the
 * participle: linear in the text.
 */
import { PARTICIPLE_HEAD_WORDS } from '../lexicon';
import unsetParticiples from '../lexicon/unset-participles.json';
import type { Range } from '../text';
import { PREPOSITION_BEFORE_RE } from './reported-gerund-sources';
import { nounPhraseBeforeParticiple } from './reported-participle-subjects';
import { subjectPastAdverbial } from './reported-subjects';
import type { ReportedContext, SourceFound } from './reported-sources';

/** Words after which a participle modifies the noun after it ("the nominating contest", "no warning"), or follows money spent ("$2 million"). */
const MODIFIER_BEFORE: ReadonlySet<string> = new Set([...PARTICIPLE_HEAD_WORDS.determiners, ...unsetParticiples.modifierBefore]);

/** Participles that read as modifiers of the noun after them more than as verbs ("opposing views", "a supporting role"). */
const MODIFIER_PARTICIPLES: ReadonlySet<string> = new Set(unsetParticiples.modifierParticiples);

/** The last word before the participle and the white space after it. */
const LAST_WORD_RE = /([\p{L}’'-]+)\s+$/u;

/** How far before the participle its last word is read. */
const REACH = 40;

/**
 * The source of a participle at `at` (its phrase opening at `phraseStart`) after a verb phrase: the sentence's subject
 * past an opening adverbial, else none (`{ found: null, text: null }`). Null when it opens the sentence, follows a
 * preposition (reported-gerund-sources.ts) or modifies the noun after it.
 */
export function unsetParticipleSource(ctx: ReportedContext, p: number, text: string, sentence: Range, phraseStart: number, at: number, word: string): Pick<SourceFound, 'found' | 'text'> | null {
  if (MODIFIER_PARTICIPLES.has(word.toLowerCase())) return null;
  const from = Math.max(sentence.start, phraseStart - REACH);
  const head = text.slice(from, phraseStart);
  const last = LAST_WORD_RE.exec(head);
  // Opening the sentence ("Touting the plan was …"), the participle is a gerund subject or a clause the main subject reads.
  if (!last || (last.index === 0 && from === sentence.start) || PREPOSITION_BEFORE_RE.test(head)) return null;
  const before = last[1].toLowerCase();
  if (MODIFIER_BEFORE.has(before) || /['’]s?$/u.test(before) || /\d\s+$/u.test(head)) return null;
  return subjectPastAdverbial(ctx, p, text, sentence, at) ?? nounPhraseBeforeParticiple(text, sentence, phraseStart) ?? { found: null, text: null };
}
