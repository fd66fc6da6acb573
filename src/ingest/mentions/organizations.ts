/**
 * Organizations: a run matched as a known, cued, described or acronym
 * organization, one named inside a title ("White House Press Secretary"), and
 * one a title implies ("Secretary of State" → State Department).
 */
import type { OrganizationKind } from '../../records/entity-records';
import { ACRONYM_STOP, CLUB_ENDINGS, DEMONYMS, GIVEN_NAMES, HONORIFICS, KNOWN_ORGANIZATIONS, ORGANIZATION_CUES, ORGANIZATION_DESCRIPTORS, PLACES, TITLE_HEADS } from '../lexicon';
import type { EntityRegister } from './register';
import { norm, orgKey } from './state';
import { canonicalNation } from './titles';
import { capitalizedWord } from './capitals';
import { type Token, isAllCaps } from '../text';

/** Most words an organization named inside a title is read from. */
const MAX_TITLE_ORGANIZATION_WORDS = 16;

/** "White House" in "White House Press Secretary", "Apple" in "Apple CEO": the longest organization-shaped prefix. */
export function readOrganizationInTitle(reg: EntityRegister, text: string, unit: number, titleTokens: Token[]): void {
  // At most the first MAX_TITLE_ORGANIZATION_WORDS words: every prefix of a run of thousands of title words
  // (`President President …`) was tried, each read whole, quadratic in the run.
  for (let end = Math.min(titleTokens.length - 1, MAX_TITLE_ORGANIZATION_WORDS); end >= 1; end--) {
    const part = titleTokens.slice(0, end);
    const phrase = text.slice(part[0].start, part[part.length - 1].baseEnd);
    const org = matchOrganization(reg, part, phrase);
    if (org) {
      reg.addOrgMention(org.index, unit, part[0].start, part[part.length - 1].baseEnd, phrase, org.method, org.confidence);
      return;
    }
  }
}

/**
 * `descriptor`: the lower-case word written just before the name ("group" in "industry group Canacero"), if any;
 * `the` also when written `The`.
 */
export function matchOrganization(reg: EntityRegister, slice: Token[], phrase: string, descriptor: string | null = null): { index: number; method: string; confidence: number } | null {
  const lower = phrase.toLowerCase();
  const isAcronym = slice.length === 1 && isAllCaps(slice[0].base);
  // "The Hill", "the Blaze": a title listed with its article is that outlet only after "the" ("Hill said" is a person).
  const titled = descriptor === 'the' ? KNOWN_ORGANIZATIONS.get(`the ${lower}`) : undefined;
  // "G.O.P." as "GOP": an acronym written with periods is looked up without them.
  const known = titled ?? KNOWN_ORGANIZATIONS.get(lower) ?? KNOWN_ORGANIZATIONS.get(lower.replace(/^the\s+/, '')) ?? (isAcronym && lower.includes('.') ? KNOWN_ORGANIZATIONS.get(lower.replace(/\./g, '')) : undefined);
  if (known && (titled !== undefined || !/^[a-z.]{2,5}$/.test(lower) || isAcronym)) {
    return { index: reg.orgIndex(known.name, known.kind, known.country ?? null, false, phrase), method: 'organization', confidence: 0.95 };
  }
  const key = orgKey(phrase);
  // An outlet listed only with its article ("the hill") is not what its bare word names ("Hill said").
  // (Asked only of a name an organization named before has: most runs name none.)
  const existing = reg.orgNamed(key);
  const bare = (): boolean => descriptor !== 'the' && !/^the\s/i.test(phrase) && KNOWN_ORGANIZATIONS.has(`the ${key}`) && !KNOWN_ORGANIZATIONS.has(key);
  if (existing >= 0 && !bare()) return { index: existing, method: 'organization', confidence: 0.9 };
  if (PLACES.has(lower)) return null;
  const masthead = descriptor === 'the' && slice.length === 1 ? mastheadWord(reg, slice[0].base) : null;
  if (masthead !== null) return masthead;
  if (slice.length >= 2 && slice.length <= 3 && CLUB_ENDINGS.has(slice[slice.length - 1].base.toLowerCase()) && !GIVEN_NAMES.has(norm(slice[0].base))) {
    return { index: reg.orgIndex(phrase, 'OTHER', null, false, phrase), method: 'organization', confidence: 0.8 };
  }
  if (slice.length >= 2) {
    const cue = slice.map((t) => ORGANIZATION_CUES.get(t.base.toLowerCase())).find((k) => k !== undefined);
    const lastIsName = (): boolean => GIVEN_NAMES.has(norm(slice[0].base)) && slice.length <= 3 && !ORGANIZATION_CUES.has(slice[slice.length - 1].base.toLowerCase());
    if (cue && !lastIsName()) {
      return { index: reg.orgIndex(phrase, cue, null, false, phrase), method: 'organization', confidence: 0.85 };
    }
  }
  if (descriptor !== null && ORGANIZATION_DESCRIPTORS.has(descriptor) && !GIVEN_NAMES.has(norm(slice[0].base)) && !HONORIFICS.has(slice[0].text.toLowerCase()) && slice.length <= 4) {
    return { index: reg.orgIndex(phrase, 'COMPANY', null, false, phrase), method: 'organization', confidence: 0.75 };
  }
  // "R-N.C.", "D-Calif.": a legislator's party and state, not an organization.
  if (isAcronym && slice[0].base.replace(/\./g, '').length >= 2 && slice[0].base.length <= 6 && !PARTY_STATE_TAG.test(slice[0].base)) {
    const a = slice[0].base.toLowerCase();
    const bare = a.replace(/\./g, '');
    // "BUSTED", "BERNIE", "TAPPER:": a word or a name written in capitals (capitals.ts).
    if (!PLACES.has(a) && !TITLE_HEADS.has(a) && !ACRONYM_STOP.has(a) && !ACRONYM_STOP.has(bare) && !/\d/.test(a) && !capitalizedWord(reg, slice[0].base, bare)) {
      return { index: reg.orgIndex(slice[0].base, 'OTHER', null, false, phrase), method: 'acronym', confidence: 0.6 };
    }
  }
  return null;
}

/**
 * "the Times", "the Post", "the Guardian": a newspaper's masthead word after "the" (no person takes the article) is
 * the outlet named before whose name ends with it ("The New York Times"), else an outlet of that name.
 */
function mastheadWord(reg: EntityRegister, word: string): { index: number; method: string; confidence: number } | null {
  if (ORGANIZATION_CUES.get(word.toLowerCase()) !== 'NEWS_MEDIA') return null;
  const last = norm(word);
  const earlier = reg.orgs.findIndex((o) => o.kind === 'NEWS_MEDIA' && o.key.split(' ').pop() === last);
  if (earlier >= 0) return { index: earlier, method: 'organization', confidence: 0.85 };
  return { index: reg.orgIndex(`the ${word}`, 'NEWS_MEDIA', null, false, word), method: 'organization', confidence: 0.7 };
}

const PARTY_STATE_TAG = /^[DRI]-\p{Lu}/u;

const MINISTRY_TITLE = /^(?:(\p{Lu}[\p{L}.]*)(?:[’']s)?\s+)?(Foreign|Defen[cs]e|Interior|Finance|Justice|Health|Economy|Energy|Trade|Education|Agriculture)\s+Minister$/u;

export function impliedOrganization(title: string): { name: string; kind: OrganizationKind; country: string | null } | null {
  const bare = title.replace(/^(?:former|acting|interim|deputy|outgoing|incoming)\s+/i, '');
  if (/^(?:U\.S\.\s+)?Secretary of State$/.test(bare)) return { name: 'State Department', kind: 'GOVERNMENT_AGENCY', country: 'US' };
  const m = MINISTRY_TITLE.exec(bare);
  if (m && m[1]) {
    const nation = canonicalNation(m[1]);
    const adjective = nation === 'u.s.' ? null : nation.charAt(0).toUpperCase() + nation.slice(1);
    if (adjective && DEMONYMS.has(nation)) return { name: `${adjective} ${m[2]} Ministry`, kind: 'GOVERNMENT_AGENCY', country: null };
  }
  return null;
}
