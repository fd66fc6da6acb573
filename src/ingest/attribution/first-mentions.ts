/**
 * Which entities an article has mentioned before a point of it, read off each entity's first
 * mention, indexed once per article, and for each test a description makes, the entities that
 * pass it in the order of their first mentions: a description resolved in every paragraph of a
 * long input costs the few entities that fit it, not a walk over every paragraph or entity before it.
 */
import type { ExtractedMention, ExtractedOrganization } from '../entity-extraction';
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

/** An entity with its first mention, in lists ordered by that mention's place. */
interface Placed extends FirstMention {
  entity: number;
}

/** Per article's mention lists: by type and test key, the entities mentioned that pass the test, by first mention's place. */
const fittingLists = new WeakMap<readonly (readonly ExtractedMention[])[], Map<string, Placed[]>>();

/**
 * Up to `limit` entities of a type mentioned before offset `at` of a paragraph that pass `fits` (in order of their
 * first mention's place, not of first mention). `key` names the test: the same key must mean the same test
 * throughout an article, for each entity is tested once per key and article, and those mentioned before a point
 * are then a prefix of the list, so a description costs the few entities that fit it, not every entity named.
 */
export function fittingBefore(ctx: Pick<Context, 'mentions'>, paragraph: number, at: number, type: ExtractedMention['type'], key: string, fits: (entity: number) => boolean, limit: number): number[] {
  let lists = fittingLists.get(ctx.mentions);
  if (lists === undefined) fittingLists.set(ctx.mentions, (lists = new Map()));
  let list = lists.get(`${type}\u0000${key}`);
  if (list === undefined) {
    list = [];
    for (const [entity, first] of firstMentionsOf(ctx.mentions)[type]) if (fits(entity)) list.push({ entity, ...first });
    list.sort((a, b) => a.paragraph - b.paragraph || a.end - b.end);
    lists.set(`${type}\u0000${key}`, list);
  }
  const out: number[] = [];
  for (const e of list) {
    if (out.length >= limit || !(e.paragraph < paragraph || (e.paragraph === paragraph && e.end <= at))) break;
    out.push(e.entity);
  }
  return out;
}

/** Whether an entity of a type is mentioned (outside quotations) before offset `at` of a paragraph. */
export function isMentionedBefore(ctx: Pick<Context, 'mentions'>, paragraph: number, at: number, type: ExtractedMention['type'], entity: number): boolean {
  const first = firstMentionsOf(ctx.mentions)[type].get(entity);
  return first !== undefined && (first.paragraph < paragraph || (first.paragraph === paragraph && first.end <= at));
}

/** Per article's organizations: by a word, the first two implied organizations with it in their name. */
const impliedLists = new WeakMap<readonly ExtractedOrganization[], Map<string, number[]>>();

/** Up to two implied organizations with `word` (lower case) among their name's words, in the article's order. */
export function impliedNamed(ctx: Pick<Context, 'entities'>, word: string): number[] {
  const orgs = ctx.entities.organizations;
  let lists = impliedLists.get(orgs);
  if (lists === undefined) impliedLists.set(orgs, (lists = new Map()));
  let list = lists.get(word);
  if (list === undefined) {
    list = [];
    for (let i = 0; i < orgs.length && list.length < 2; i++) if (orgs[i].implied && orgs[i].name.toLowerCase().split(/\s+/).includes(word)) list.push(i);
    lists.set(word, list);
  }
  return list;
}
