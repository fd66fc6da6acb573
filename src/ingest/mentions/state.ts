/** What the mention reader keeps about each person and organization while it reads, and the keys it compares names by. */
import type { ExtractedMention, ExtractedOrganization, ExtractedPerson, ExtractedRole } from '../entity-extraction';
import { memoized } from '../memo';
import type { Range } from '../text';

export interface PersonState extends ExtractedPerson {
  tokens: string[];
  titleScore: number;
  appositives: { unit: number; range: Range; title: string }[];
  titleRanges: { unit: number; range: Range; title: string }[];
}

export interface PersonKey {
  full: string;
  first: string;
  last: string;
  count: number;
}

const personKeys = new WeakMap<PersonState, { tokens: string[]; key: PersonKey }>();

/** Normalized name parts of a person, cached until the person's tokens change. */
export function personKey(p: PersonState): PersonKey {
  const cached = personKeys.get(p);
  if (cached && cached.tokens === p.tokens) return cached.key;
  const parts = p.tokens.map(norm);
  const full = parts.filter((t) => !/^\p{L}\.?$/u.test(t)).join(' ');
  const key = { full, first: parts[0], last: parts[parts.length - 1], count: parts.length };
  personKeys.set(p, { tokens: p.tokens, key });
  return key;
}

export interface OrgState extends ExtractedOrganization {
  key: string;
}

/** A raw mention before people without body mentions are dropped; unit < 0 is a context line. */
export interface RawMention extends Omit<ExtractedMention, 'paragraph'> {
  unit: number;
}

/** A name part folded for comparison: no accents, lower case, straight apostrophes. Names recur through an article and across articles. */
export const norm = memoized(20_000, 64, (s) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’]/g, "'"),
);

/** An organization name folded for comparison: no leading "the", no periods, single spaces. */
export const orgKey = memoized(20_000, 64, (name) =>
  norm(name)
    .replace(/^the\s+/, '')
    .replace(/[.]/g, '')
    .replace(/\s+/g, ' ')
    .trim(),
);

export function addAlias(p: PersonState, alias: string): void {
  if (alias !== p.name && !p.aliases.includes(alias)) p.aliases.push(alias);
}

export function dedupeRoles(roles: ExtractedRole[]): ExtractedRole[] {
  const seen = new Set<string>();
  return roles.filter((r) => {
    const key = `${r.title.toLowerCase()}|${r.organization}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
