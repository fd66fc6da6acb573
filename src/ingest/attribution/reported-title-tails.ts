/**
 * What may follow a cue closing its sentence when it names the written work the words come from by its title:
 * `…, Ada Pruitt said in her 2012 book, "A Town Apart."`, `…, she wrote in her memoir, ''Tough Choices.''`. The work's
 * noun is listed in `lexicon/work-title-nouns.json`; the title is a quotation opening with a capital that ends the
 * sentence. Pure; no I/O; one anchored pattern of bounded length.
 */
import { alternation } from '../lexicon';
import { TIME_PHRASE } from './patterns';
import nouns from '../lexicon/work-title-nouns.json';

/** A time phrase perhaps, "in"/"from" and a determiner, up to three words and a work noun, a comma, the title, the end. */
const TITLE_TAIL_RE = new RegExp(
  `^(?:${TIME_PHRASE.source.slice(1)})?\\s+(?:in|from)\\s+(?:a|an|the|his|her|their|its)\\s+(?:[\\p{L}\\p{N}’'-]+\\s+){0,3}?(?:${alternation(nouns.nouns)})\\s*,\\s*(?:''|["“])\\p{Lu}[^"“”]{0,80}?(?:''|["”])[.?!]?\\s*$`,
  'iu',
);

/** Whether what follows a cue is where the words were written, named by a title that closes the sentence. */
export function closesWithTitle(after: string): boolean {
  return TITLE_TAIL_RE.test(after);
}
