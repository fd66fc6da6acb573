import hearsay from '../../src/ingest/lexicon/hearsay-passive-cues.json';
import stances from '../../src/ingest/lexicon/share-stances.json';
import { hearsayPassiveCues } from '../../src/ingest/attribution/reported-hearsay-passive';
import { shareStanceCues } from '../../src/ingest/attribution/reported-share-stances';
import { uncatenatedToBefore } from '../../src/ingest/attribution/reported-verb-checks';

/** The cue phrases a finder reads in `sentence`, taken as one sentence with no quotation in it. */
const stanceCues = (sentence: string): string[] => shareStanceCues(sentence, { start: 0, end: sentence.length }, () => true).map((d) => d.cue.phrase);
const hearsayCues = (sentence: string): string[] => hearsayPassiveCues(sentence, { start: 0, end: sentence.length }, () => true).map((d) => d.cue.phrase);

// The finders try their patterns only on sentences holding one of the patterns' words; these check that no listed word
// is kept from its pattern by that check, and that the check does not make a near miss read.
describe('the word checks before the share-stance and hearsay patterns', () => {
  it('lets every listed stance through, in any case', () => {
    for (const verb of stances.verbs) {
      expect(stanceCues(`Sixty percent of the tenants ${verb} the new landlord.`)).toEqual([verb]);
      expect(stanceCues(`SIXTY PERCENT OF THE TENANTS ${verb.toUpperCase()} THE NEW LANDLORD.`)).toEqual([verb.toUpperCase()]);
    }
    for (const state of stances.states) expect(stanceCues(`Sixty percent of the tenants are ${state} about the rent.`)).toEqual([`are ${state}`]);
    for (const opinion of stances.opinions) {
      expect(stanceCues(`Sixty percent of the tenants have a ${opinion} view of the landlord.`)).toEqual([`have a ${opinion} view of`]);
    }
  });

  it('reads no stance from a near miss of a listed word', () => {
    expect(stanceCues('Sixty percent of the tenants approached the new landlord.')).toEqual([]);
    expect(stanceCues('Sixty percent of the tenants are unhappily housed.')).toEqual([]);
    expect(stanceCues('Sixty percent of the tenants have a favorable viewpoint.')).toEqual([]);
  });

  it('lets every listed hearsay participle through', () => {
    for (const participle of hearsay.itThat) expect(hearsayCues(`It was ${participle} that the ferry would stop at Keld.`)).toEqual([`It was ${participle}`]);
    for (const participle of hearsay.toPerfect) expect(hearsayCues(`The ferry captain is ${participle} to have quit.`)).toEqual([`is ${participle}`]);
    for (const participle of hearsay.asClause) expect(hearsayCues(`The ferry fares rose in May, as ${participle}.`)).toEqual([`as ${participle}`]);
  });

  it('reads no hearsay from a near miss: no "it", no "to", no "as", or the participle inside a word', () => {
    expect(hearsayCues('Then was said that the ferry would stop at Keld.')).toEqual([]);
    expect(hearsayCues('It was unsaid that the ferry would stop at Keld.')).toEqual([]);
    expect(hearsayCues('The ferry captain is reported missing.')).toEqual([]);
    expect(hearsayCues('The ferry fares rose in May, unexpected.')).toEqual([]);
  });
});

describe('uncatenatedToBefore (the "to" right before a cue, tried only where its pattern may match)', () => {
  it('is true after a "to" no catenative verb heads, in any case and spacing', () => {
    expect(uncatenatedToBefore('The ferry board wants to ')).toBe(true);
    expect(uncatenatedToBefore('The ferry board WANTS TO ')).toBe(true);
    expect(uncatenatedToBefore('The ferry board plans\nto\u00a0')).toBe(true);
  });

  it('is false after a catenative verb or "went on", and when the text does not end in "to"', () => {
    expect(uncatenatedToBefore('The ferry board continued to ')).toBe(false);
    expect(uncatenatedToBefore('The ferry board CONTINUED\tto ')).toBe(false);
    expect(uncatenatedToBefore('The ferry board went on to ')).toBe(false);
    expect(uncatenatedToBefore('The ferry board went to the ')).toBe(false);
    expect(uncatenatedToBefore('The ferry board wants to')).toBe(false);
    expect(uncatenatedToBefore('The ferry board wants onto ')).toBe(false);
  });
});
