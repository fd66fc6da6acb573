/**
 * A person named right after an inverted speech verb by a given name that is also a word or a nationality
 * (`said German Ortega`, `said Angel Ruiz`) or by a surname that is a function word (`said Al From`).
 */
import { GIVEN_NAMES, GROUP_SUBJECTS, NON_NAME_WORDS, ORGANIZATION_CUES, PACKAGE_GIVEN_NAMES, PERSON_NOUNS, SOURCE_NOUNS, TITLE_HEADS } from '../lexicon';
import { isNameShaped, isPlaceOrDemonym } from './names';
import { norm } from './state';
import type { Token } from '../text';

/** A speech verb that comes before its subject, after a comma or a quotation's close: `…," said`, `…, added`. */
const INVERTING_VERB = /^(?:said|says|added|asked|wrote)$/i;
const BEFORE_INVERTING_VERB = /(?:[\p{L}\d],|[,!?…]["”’']{1,2}) $/u;

/**
 * Two capitalized words between an inverted speech verb and the end of the clause (a comma, a period):
 * a name of the names package, then a surname-shaped word that is no organization, place, role or group
 * word. The surname may be a function word (`From`, `Long`) only after a given name that is no common word.
 */
export function invertedGivenName(text: string, tokens: readonly Token[], nameFrom: number, to: number): boolean {
  if (to - nameFrom !== 1) return false;
  const verb = tokens[nameFrom - 1];
  const first = tokens[nameFrom];
  const last = tokens[to];
  if (verb === undefined || first.possessive || last.possessive || !INVERTING_VERB.test(verb.text)) return false;
  if (text.slice(verb.end, first.start) !== ' ' || text.slice(first.end, last.start) !== ' ') return false;
  if (!BEFORE_INVERTING_VERB.test(text.slice(Math.max(0, verb.start - 4), verb.start))) return false;
  if (!/^\s*(?:[,.;]|$)/.test(text.slice(last.baseEnd, last.baseEnd + 3))) return false;
  const given = norm(first.base);
  if (!/^\p{Lu}\p{Ll}+$/u.test(first.base) || !PACKAGE_GIVEN_NAMES.has(given)) return false;
  if (!isNameShaped(last.base) || !/^\p{Lu}\p{Ll}/u.test(last.base) || isPlaceOrDemonym(last.base)) return false;
  const surname = last.base.toLowerCase();
  if ([ORGANIZATION_CUES, PERSON_NOUNS, SOURCE_NOUNS, TITLE_HEADS, GROUP_SUBJECTS].some((set) => set.has(surname))) return false;
  return !NON_NAME_WORDS.has(surname) || GIVEN_NAMES.has(given);
}
