/**
 * Which entities an article has mentioned before a point of it, read off each entity's first
 * mention, indexed once per article: a description resolved in every paragraph of a long input
 * costs the number of entities, not a walk over every paragraph before it.
 */
import type { ExtractedMention } from '../entity-extraction';
import type { Context } from './context';

/** Where an entity is first mentioned: its paragraph, and the least end of its mentions there. */
interface FirstMention {
  paragraph: number;
  end: number;
}

type FirstMentions = Record<ExtractedMention['type'], Map<number, FirstMention>>;

/** Per article's mention lists (built once, never changed): each entity's first mention by type, in order of first mention. */
const indexes = new WeakMap<readonly (readonly ExtractedMention[])[], FirstMentions>();

function firstMentionsOf(mentions: readonly (readonly ExtractedMention[])[]): FirstMentions {
  const kept = indexes.get(mentions);
  if (kept !== undefined) return kept;
  const index: FirstMentions = { person: new Map(), organization: new Map() };
  mentions.forEach((list, paragraph) => {
    for (const m of list) {
      const first = index[m.type].get(m.entity);
      if (first === undefined) index[m.type].set(m.entity, { paragraph, end: m.end });
      else if (first.paragraph === paragraph && m.end < first.end) first.end = m.end;
    }
  });
  indexes.set(mentions, index);
  return index;
}

/** The entities of a type mentioned (outside quotations) before offset `at` of a paragraph, in order of first mention. */
export function mentionedBefore(ctx: Pick<Context, 'mentions'>, paragraph: number, at: number, type: ExtractedMention['type']): number[] {
  const out: number[] = [];
  for (const [entity, first] of firstMentionsOf(ctx.mentions)[type]) if (first.paragraph < paragraph || (first.paragraph === paragraph && first.end <= at)) out.push(entity);
  return out;
}
