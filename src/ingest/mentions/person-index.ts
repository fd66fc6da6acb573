/**
 * The people an article has named so far, indexed by the words findPerson and sharesSurname compare
 * names by, so a name run reads the few people that share a word with it instead of every person
 * named before it (thousands of distinct names made name matching quadratic in the text's length).
 */
import { type PersonKey, type PersonState, personKey } from './state';

const NONE: readonly number[] = [];

/** Which word of a person's key a list is by. */
type Field = 'full' | 'last' | 'first' | 'end' | 'inner';

export class PersonIndex {
  /** Person indices by field and word, ascending and without repeats. */
  private readonly lists = new Map<string, number[]>();
  private count = 0;

  /**
   * Indexes people added since the last call (people are only ever appended). A person whose
   * tokens changed is indexed again by `reindex`; the lists it left keep it, and callers check
   * every candidate against its current key, so a stale entry is never an answer.
   */
  catchUp(people: readonly PersonState[]): void {
    for (; this.count < people.length; this.count++) this.add(this.count, personKey(people[this.count]));
  }

  reindex(index: number, p: PersonState): void {
    if (index < this.count) this.add(index, personKey(p));
  }

  /**
   * The people whose current key may have `word` in `field`: `full` the whole key, `last` the
   * last token, `first` the first, `end` the last word of the full key (initials left out), `inner`
   * a word between the full key's first and last of a name of three tokens or more.
   */
  candidates(field: Field, word: string): readonly number[] {
    return this.lists.get(`${field}\u0000${word}`) ?? NONE;
  }

  private add(index: number, k: PersonKey): void {
    const words = k.full.split(' ');
    this.put('full', k.full, index);
    this.put('last', k.last, index);
    this.put('first', k.first, index);
    this.put('end', words[words.length - 1], index);
    if (k.count >= 3) for (const w of words.slice(1, -1)) this.put('inner', w, index);
  }

  private put(field: Field, word: string, index: number): void {
    const id = `${field}\u0000${word}`;
    const list = this.lists.get(id);
    if (list === undefined) {
      this.lists.set(id, [index]);
      return;
    }
    if (list[list.length - 1] < index) {
      list.push(index);
      return;
    }
    // A person indexed again under a new key: into its place, once.
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid] < index) lo = mid + 1;
      else hi = mid;
    }
    if (list[lo] !== index) list.splice(lo, 0, index);
  }
}
