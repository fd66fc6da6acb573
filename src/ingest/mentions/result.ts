/**
 * The extraction handed on: roles linked to the organizations named in them,
 * implied organizations added, people and organizations without a body
 * mention dropped, and indexes renumbered in order of first mention.
 */
import type { EntityExtraction, ExtractedMention, ExtractedOrganization, ExtractedPerson } from '../entity-extraction';
import { firstAtOrAfter } from '../sorted-search';
import { impliedOrganization } from './organizations';
import type { EntityRegister } from './register';
import { type RawMention, addAlias, dedupeRoles } from './state';

export function extractionResult(reg: EntityRegister, paragraphCount: number): EntityExtraction {
  linkRoles(reg);
  addImpliedOrganizations(reg);
  const body = reg.mentions.filter((m) => m.unit >= 0 && m.unit < paragraphCount);
  const firstSeen = new Map<string, number>();
  body.forEach((m, i) => {
    const key = `${m.type}:${m.entity}`;
    if (!firstSeen.has(key)) firstSeen.set(key, i);
  });
  const keptPeople = reg.people.map((_, i) => i).filter((i) => firstSeen.has(`person:${i}`));
  keptPeople.sort((a, b) => firstSeen.get(`person:${a}`)! - firstSeen.get(`person:${b}`)!);
  const keptOrgs = reg.orgs
    .map((_, i) => i)
    .filter((i) => firstSeen.has(`organization:${i}`) || (reg.orgs[i].implied && isRoleOrgOfKept(reg, i, keptPeople)));
  const personMap = new Map(keptPeople.map((old, i) => [old, i]));
  const orgMap = new Map(keptOrgs.map((old, i) => [old, i]));
  const people: ExtractedPerson[] = keptPeople.map((i) => {
    const p = reg.people[i];
    return {
      name: p.name,
      aliases: p.aliases.filter((a) => a !== p.name),
      title: p.title,
      roles: dedupeRoles(p.roles.map((r) => ({ title: r.title, organization: r.organization === null ? null : (orgMap.get(r.organization) ?? null) }))),
      gender: p.gender,
      nationality: p.nationality,
    };
  });
  const organizations: ExtractedOrganization[] = keptOrgs.map((i) => {
    const o = reg.orgs[i];
    return { name: o.name, aliases: o.aliases, kind: o.kind, country: o.country, implied: o.implied };
  });
  const mentions: ExtractedMention[] = body
    .map((m) => ({
      type: m.type,
      entity: m.type === 'person' ? personMap.get(m.entity) : orgMap.get(m.entity),
      text: m.text,
      paragraph: m.unit,
      start: m.start,
      end: m.end,
      method: m.method,
      confidence: m.confidence,
    }))
    .filter((m): m is ExtractedMention => m.entity !== undefined)
    .sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
  return { people, organizations, mentions };
}

function isRoleOrgOfKept(reg: EntityRegister, org: number, keptPeople: number[]): boolean {
  return keptPeople.some((p) => reg.people[p].roles.some((r) => r.organization === org));
}

/**
 * The first mention, in reading order, lying within [start, end) of a list sorted by start: a binary search, then only
 * the mentions starting inside the range (a title holds few), so a paragraph of many titles stays linear.
 */
function firstWithin(sorted: readonly { m: RawMention; at: number }[], start: number, end: number): RawMention | undefined {
  let best: { m: RawMention; at: number } | undefined;
  for (let i = firstAtOrAfter(sorted, (c) => c.m.start, start); i < sorted.length && sorted[i].m.start < end; i++) {
    const c = sorted[i];
    if (c.m.end <= end && (best === undefined || c.at < best.at)) best = c;
  }
  return best?.m;
}

/** Roles: each title and appositive, with the organization named inside it, if any. */
function linkRoles(reg: EntityRegister): void {
  // Per unit, the organization mentions in reading order, sorted by start (with that order kept as `at`).
  const orgMentions = new Map<number, { m: RawMention; at: number }[]>();
  for (const m of reg.mentions) {
    if (m.type !== 'organization') continue;
    const list = orgMentions.get(m.unit);
    if (list) list.push({ m, at: list.length });
    else orgMentions.set(m.unit, [{ m, at: 0 }]);
  }
  for (const list of orgMentions.values()) list.sort((a, b) => a.m.start - b.m.start || a.at - b.at);
  for (const p of reg.people) {
    const seen = new Set<string>();
    for (const t of [...p.titleRanges, ...p.appositives]) {
      // The same title repeated on every mention (run-on input) is one role.
      const key = `${t.unit}:${t.range.start}:${t.title}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const org = firstWithin(orgMentions.get(t.unit) ?? [], t.range.start, t.range.end);
      p.roles.push({ title: t.title, organization: org ? org.entity : null });
    }
    // Surname as an alias, so that later articles' "Kerry" finds "John F. Kerry".
    if (p.tokens.length > 1) {
      addAlias(p, p.tokens[p.tokens.length - 1]);
      const noInitials = p.tokens.filter((t) => !/^\p{Lu}\.$/u.test(t));
      if (noInitials.length !== p.tokens.length && noInitials.length > 1) addAlias(p, noInitials.join(' '));
    }
  }
}

/** "Secretary of State" implies the State Department; "Russian Foreign Minister" the Russian Foreign Ministry. */
function addImpliedOrganizations(reg: EntityRegister): void {
  for (const p of reg.people) {
    for (const role of p.roles) {
      if (role.organization !== null) continue;
      const implied = impliedOrganization(role.title);
      if (implied) role.organization = reg.orgIndex(implied.name, implied.kind, implied.country, true);
    }
  }
}
