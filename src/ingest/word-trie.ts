/**
 * A word list as a regex alternation with shared beginnings factored out
 * ("spokes(?:wom(?:an|en)|m(?:an|en)|person)"), matching exactly what the
 * flat alternation longest first matches, in the same order of attempts:
 * the engine then reads each character of a candidate once, instead of
 * trying every listed word in turn at each position (several times faster
 * on lists of hundreds of words, with or without the `i` flag).
 *
 * Why the order is the same: the words are plain lower-case text (letters
 * a–z, digits, spaces, hyphens, straight and curly apostrophes), so no text
 * character matches two different ones of them, even ignoring case. The
 * listed words that match at a position are then each a beginning of the
 * longest of them, and the flat alternation, longest first, tries them from
 * the longest down; the factored form tries a longer continuation of a
 * beginning before the beginning alone (a greedy optional group), so it too
 * tries them from the longest down. Repeated words are tried once.
 */

/** Plain words only: a list holding anything else (pattern syntax, capitals) is left to the flat alternation. */
const PLAIN_WORD_RE = /^[a-z0-9 '’-]+$/;

interface Node {
  /** Children in order of first appearance (the order does not matter: at most one can match). */
  next: Map<string, Node>;
  /** A listed word ends here. */
  end: boolean;
}

/** The factored alternation of `words`, or null when one of them is not plain (see PLAIN_WORD_RE) or the list is empty. */
export function wordTrie(words: readonly string[]): string | null {
  if (words.length === 0 || !words.every((w) => PLAIN_WORD_RE.test(w))) return null;
  const root: Node = { next: new Map(), end: false };
  for (const word of words) {
    let node = root;
    for (const ch of word) {
      let child = node.next.get(ch);
      if (child === undefined) {
        child = { next: new Map(), end: false };
        node.next.set(ch, child);
      }
      node = child;
    }
    node.end = true;
  }
  return branches(root);
}

/** What may follow a node: its children's branches, optional when a word ends at the node. */
function branches(node: Node): string {
  const parts: string[] = [];
  for (const [ch, child] of node.next) {
    // A chain of single children is written as one run of characters.
    let run = ch;
    let at = child;
    while (!at.end && at.next.size === 1) {
      const [[c, only]] = at.next;
      run += c;
      at = only;
    }
    parts.push(run + branches(at));
  }
  if (parts.length === 0) return '';
  const body = parts.join('|');
  if (node.end) return `(?:${body})?`;
  return parts.length === 1 ? body : `(?:${body})`;
}
