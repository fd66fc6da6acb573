/**
 * A clause cue where no subject can be read at all (`Ferry riders choose to
 * not believe …`, read past the infinitive by no subject reading): its content
 * is read all the same, with no source. The draft is marked unread:
 * readSentence drops it when another reading takes its cue or holds its
 * content. Read on the text before the cue: linear in the text.
 */
import type { CueInfo } from '../lexicon';
import type { Range } from '../text';
import { make } from './reported-attribution';
import { contentAfter, type Cue } from './reported-content';
import type { Draft } from './reported-draft';
import { subjectPastAdverbial } from './reported-subjects';
import type { ReportedContext } from './reported-sources';

/**
 * What ends the text before a cue that sets it after its content or its source (`…,” said Holt`, `…'' said Holt`,
 * `…: say`, `… — said`), or joins it to a verb or clause before it (`runs two plants and said`, `a group that argue`).
 */
const LEFT_AFTER_RE = /(?:[,"”’':;—–)-]|(?:^|[^\p{L}])(?:and|or|but|nor|that|which|who|whom|the|a|an|his|her|their|its|our|my|your|this|these|those))\s*$/iu;

/** A sentence with no subject before the cue: a prepositional opening with no comma ("In the long run said …"), a question word, "than", a parenthesis. */
const NO_SUBJECT_RE = /^\s*["“]?(?:In|On|At|For|By|With|From|After|Before|During|Under|Over)\s[^,]*$|\b(?:than|who|what|whom|whose)\b|\(/u;

/** A clause cue as verbCues read it: `head` the sentence before it, `written` the cue as written, the sentence's quotations. */
export interface UnreadCue {
  cue: Cue;
  info: CueInfo;
  head: string;
  written: string;
  quotes: readonly Range[];
}

/**
 * Emits the draft of a clause cue with no subject read, unless the cue opens the sentence or is capitalized (an
 * imperative: "Think …"), or follows what sets it off or joins it to what stands before; what `emit` returns (true when
 * the sentence's drafts are full), false when nothing is emitted.
 */
export function subjectlessClause(ctx: ReportedContext, p: number, text: string, sentence: Range, c: UnreadCue, emit: (d: Draft) => boolean): boolean {
  const { cue, info } = c;
  if (info.frame !== 'clause' || !/\p{L}/u.test(c.head) || /^\p{Lu}/u.test(c.written)) return false;
  const before = text.slice(Math.max(sentence.start, cue.phraseStart - 12), cue.phraseStart);
  if (LEFT_AFTER_RE.test(before) || NO_SUBJECT_RE.test(text.slice(sentence.start, cue.phraseStart))) return false;
  const content = contentAfter(text, cue, info, sentence);
  if (!content) return false;
  // A subject the sentence opens with that the subject readings left (a long noun phrase, "The plan the council will put
  // to voters says …") was left on purpose: the cue reports only where no subject can be read at all.
  if (subjectPastAdverbial(ctx, p, text, sentence, cue.at) !== null || !make(text, p, content, cue, info, null, null, c.quotes)) return false;
  return emit({ content, cue, info, source: null, sourceText: null, sourceAt: cue.phraseStart, clauseAt: cue.phraseStart, unread: true });
}
