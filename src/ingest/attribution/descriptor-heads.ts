/**
 * Two checks of the description rules: where a descriptive noun phrase's head is (`His candidacy for
 * president` has no person for a head), and whether a role description no one was given the title of may mean
 * the person the look-back found (`Ann Lowe still backs the plan. "…," the Ohio senator said`).
 */
import { type Context, type Found } from './context';

/** Prepositions that end a noun phrase's core: a person noun after one heads no phrase. */
const NP_PREPOSITIONS = new Set(['for', 'of', 'in', 'on', 'at', 'with', 'to', 'from', 'by', 'about', 'over', 'against']);

/** The index of the first word of `npWords` that `isHead` accepts, before any preposition; -1 when none. */
export function personHeadIndex(npWords: readonly string[], isHead: (lowerWord: string) => boolean): number {
  for (let i = 0; i < npWords.length; i++) {
    const w = npWords[i].toLowerCase();
    if (NP_PREPOSITIONS.has(w)) return -1;
    if (isHead(w)) return i;
  }
  return -1;
}

/**
 * The look-back's answer for a role description (`the former president`) whose title no one in the text was given:
 * kept when the text gave that person no title or role at all (a known other office rules them out), named them
 * earlier in the description's own paragraph, and gave no other nationality than the description's.
 */
export function untitledFit(ctx: Context, paragraph: number, at: number, nation: string | null, found: Found | null): Found | null {
  if (found === null || found.speaker.type !== 'person') return null;
  const index = found.speaker.index;
  const p = ctx.entities.people[index];
  if (p.title !== null || p.roles.length > 0) return null;
  if (!ctx.mentions[paragraph].some((m) => m.type === 'person' && m.entity === index && m.end <= at)) return null;
  return nation === null || p.nationality === null || p.nationality === nation ? found : null;
}
