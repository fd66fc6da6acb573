/**
 * The clause starts of a short text before a cue, read once and shared by every
 * source pattern that opens with a clause start: each pattern is then tried,
 * sticky, at those positions alone (in order, so the first that matches is the
 * leftmost match the same pattern would find searching the whole text), not at
 * every position of the text. Pure; no I/O.
 */
import { compiledNow } from './compiled-now';

/** The words after which a clause opens (the sources' CLAUSE_START, in its order). */
export const CLAUSE_WORDS = 'and|but|that|which|said|says|say|because|while|as|when|although|though|since|if|so|after|before|where|whereas|yet|now';

/**
 * Every position where CLAUSE_START may open a match, but the text's start: a punctuation mark, or one of its words at
 * a word boundary before white space. Same flags as the patterns (case and word boundaries read alike); matches of
 * this scan never overlap a position of another (a word holds no boundary or punctuation mark inside).
 */
const CLAUSE_START_AT_RE = compiledNow(new RegExp(`[,;(—–:]|\\b(?:${CLAUSE_WORDS})(?=\\s)`, 'giu'));

/** The positions in `head` where a clause may open, in order: its start, then each punctuation mark and clause word. */
export function clauseStarts(head: string): number[] {
  const out = [0];
  const re = CLAUSE_START_AT_RE;
  re.lastIndex = 0;
  for (let m = re.exec(head); m !== null; m = re.exec(head)) if (m.index > 0) out.push(m.index);
  return out;
}

/** A sticky copy of a pattern, to be tried at given positions only, compiled now (compiled-now.ts). */
export function stickyCopy(re: RegExp): RegExp {
  return compiledNow(new RegExp(re.source, `${re.flags.replace(/[gy]/g, '')}y`));
}

/**
 * The leftmost match of `sticky` (a pattern opening with CLAUSE_START, with the `y` flag) in `head`: the first match
 * at its clause starts, which is where every match of it begins.
 */
export function matchAtClauseStart(sticky: RegExp, head: string, starts: readonly number[]): RegExpExecArray | null {
  for (const at of starts) {
    sticky.lastIndex = at;
    const m = sticky.exec(head);
    if (m !== null) return m;
  }
  return null;
}

/** A head before a cue with its clause starts, read once on first need. */
export class ClauseHead {
  private starts: number[] | null = null;

  constructor(readonly text: string) {}

  /** The leftmost match of a sticky clause-start pattern in the head. */
  match(sticky: RegExp): RegExpExecArray | null {
    this.starts ??= clauseStarts(this.text);
    return matchAtClauseStart(sticky, this.text, this.starts);
  }
}
