/**
 * Names of things, groups and places that person evidence (a given name, a title, a speech verb) would otherwise
 * make a person: "Clinton Global Initiative", "Nobel Peace Prize", "Reagan Democrats", "Sunshine State", "the Obama
 * White House". Read from the run's last word (lexicon non-person-heads.json).
 */
import { NON_PERSON_HEADS } from '../lexicon';
import type { Token } from '../text';

/** True when a run of two or more name words ends as a thing's name does, never a person's. */
export function namesAThing(nameTokens: readonly Token[]): boolean {
  if (nameTokens.length < 2) return false;
  const last = nameTokens[nameTokens.length - 1].base.toLowerCase();
  if (NON_PERSON_HEADS.has(last)) return true;
  // "House" is a surname too; "White House" is the building and the administration.
  return last === 'house' && nameTokens[nameTokens.length - 2].base === 'White';
}
