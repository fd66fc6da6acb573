/**
 * People and organizations named in an article, rule-based: capitalized name
 * sequences, a title lexicon, appositives, organization cues, a gazetteer of
 * places that are never entities, and coreference of later short mentions
 * ("Kerry", "Mr. Kerry") to the person first named in full. Pure; no I/O.
 *
 * The mention stage's types and entry; the reading itself is in mentions/.
 */
import type { EntityExtraction } from './entity-extraction';
import { inferGendersFromPronouns } from './mentions/gender';
import { loneNamesActingAsPeople } from './mentions/lone-names';
import { Extractor } from './mentions/reader';
import { extractionResult } from './mentions/result';
import type { Range } from './text';

export interface EntitySource {
  paragraphs: readonly string[];
  /** Headline and image captions: read for titles and aliases, never stored as mentions. */
  context?: readonly string[];
  /** Per paragraph, spans to ignore (titles of shows and films, nicknames, terms in quotation marks). */
  skip?: readonly (readonly Range[])[];
  /** Per paragraph, nickname spans a name runs across (Dwayne "The Rock" Johnson). */
  nicknames?: readonly (readonly Range[])[];
}

export function extractEntities(source: EntitySource): EntityExtraction {
  let x = readAll(source, new Set());
  // Wire copy names people with no title ("Zadie Smith is sitting…") and then
  // by surname as a subject ("Smith, who…", "Smith said"): that later use is
  // the evidence, so such names are read again as people.
  const promoted = x.surnamesUsedAsSubjects(source.paragraphs);
  for (const key of loneNamesActingAsPeople(x, source.paragraphs)) promoted.add(key);
  if (promoted.size > 0) x = readAll(source, promoted);
  return extractionResult(x, source.paragraphs.length);
}

function readAll(source: EntitySource, promoted: ReadonlySet<string>): Extractor {
  const x = new Extractor(promoted);
  const context = source.context ?? [];
  context.forEach((text, i) => x.readUnit(text, -1 - i, [], []));
  source.paragraphs.forEach((text, i) => x.readUnit(text, i, source.skip?.[i] ?? [], source.nicknames?.[i] ?? []));
  inferGendersFromPronouns(x, source.paragraphs);
  return x;
}
