import type { CueInfo } from '../lexicon';
import type { Range } from '../text';
import type { Cue } from './reported-content';
import type { FoundSource } from './reported-sources';

/** An attribution before its content is settled: a later one may end it. */
export interface Draft {
  content: Range;
  cue: Cue;
  info: CueInfo | null;
  source: FoundSource | null;
  sourceText: string | null;
  sourceAt: number;
  /** Where the attribution's own clause begins: its source, or its cue for a participle or a cue after its content. */
  clauseAt: number;
  /** The content's text when it is not the range's (an attribution set off inside its content). */
  textOverride?: string;
  /** A clause cue read with no subject (reported-subjectless-clauses.ts): dropped when another reading takes its cue or holds its content. */
  unread?: boolean;
}
