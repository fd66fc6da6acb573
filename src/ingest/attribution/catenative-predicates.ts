/**
 * The predicates before "to" after which a speech or cognition verb is still the verb of its clause, its subject the
 * source: an adjective after its copula ("is quick to point out", "he’s poised to argue") or a verb ("was pressed to
 * explain"); lexicon/catenative-predicates.json. Pure; no I/O.
 */
import predicates from '../lexicon/catenative-predicates.json';

/** Each predicate as the words before the cue ("is quick to", "working to"), for the verb-group pattern. */
export const CATENATIVE_PREDICATES: readonly string[] = [
  ...predicates.adjectives.flatMap((a) => predicates.copulas.map((c) => `${c} ${a} to`)),
  ...predicates.verbs,
];
