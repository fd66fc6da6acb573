import { ClauseHead, clauseStarts, stickyCopy } from '../../src/ingest/attribution/clause-starts';
import { CLAUSE_START, NOUN_SOURCE_RE } from '../../src/ingest/attribution/reported-sources';

const NAME_RE = new RegExp(`${CLAUSE_START}((?:\\p{Lu}[\\p{L}.’'-]+\\s+){0,2}\\p{Lu}[\\p{L}.’'-]+)\\s*$`, 'u');
const PRONOUN_RE = new RegExp(`${CLAUSE_START}(they|we|i|it|he|she|you)\\s*$`, 'iu');

const heads = [
  'The mayor met the board on Tuesday, and officials ',
  'While the council voted, but Dana Price ',
  'After the vote (a close one) she ',
  'Whereas the plan failed; the two senior officials familiar with the talks ',
  'Ransom and Ellison ',
  'It rained — so they ',
  'SAID THE BOARD, AND WE ',
  'the officials’ aides, who ',
  '',
];

describe('the clause starts of a head, shared by its source patterns', () => {
  it('lists the start, each punctuation mark and each clause word, in order', () => {
    expect(clauseStarts('Rain fell, and then: officials said so ')).toEqual([0, 9, 11, 19, 31, 36]);
    expect(clauseStarts('Sandy, Andrew ')).toEqual([0, 5]);
  });

  it('finds what the same pattern finds searching the whole head, at the same place', () => {
    for (const re of [NOUN_SOURCE_RE, NAME_RE, PRONOUN_RE]) {
      const sticky = stickyCopy(re);
      for (const head of heads) {
        const found = new ClauseHead(head).match(sticky);
        const searched = re.exec(head);
        expect(found === null ? null : [found.index, ...found]).toEqual(searched === null ? null : [searched.index, ...searched]);
      }
    }
  });

  it('finds a pronoun or a name only where a clause opens', () => {
    expect(new ClauseHead('It rained — so they ').match(stickyCopy(PRONOUN_RE))?.[1]).toBe('they');
    expect(new ClauseHead('Grand Marshal ').match(stickyCopy(NAME_RE))?.index).toBe(0);
    expect(new ClauseHead('the brand they ').match(stickyCopy(PRONOUN_RE))).toBeNull();
  });
});
