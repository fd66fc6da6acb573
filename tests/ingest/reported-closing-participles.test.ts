import { reported } from './article-rows';

describe('reported speech: a set-off speech participle right after a cue that closes its content', () => {
  it('"…, Mayor Lane explained, recalling …": the content ends at the cue, the participle reports with the same source', () => {
    const rows = reported('The old mill had been failing for years, Mayor Ruth Lane explained, recalling the winter the county tried to save it.');
    expect(rows).toContainEqual(['indirect', 'Ruth Lane', 'explained', 'The old mill had been failing for years']);
    expect(rows).toContainEqual(['indirect', 'Ruth Lane', 'recalling', 'the winter the county tried to save it']);
  });

  it('"warning" and "insisting" after the cue read so too', () => {
    const rows = reported('The harbor will need dredging by spring, Rex Lund said, warning that ships could run aground.');
    expect(rows).toContainEqual(['indirect', 'Rex Lund', 'said', 'The harbor will need dredging by spring']);
    expect(rows).toContainEqual(['indirect', 'Rex Lund', 'warning', 'ships could run aground']);
  });

  it('a participle that is no speech verb ("pointing to") leaves the content resumed after the aside', () => {
    const rows = reported('The levy, Rex Lund said, helped the schools a great deal.');
    expect(rows).toContainEqual(['indirect', 'Rex Lund', 'said', 'The levy helped the schools a great deal']);
  });

  it('an object between the cue and the participle ("wrote to investors, telling …") takes no opening phrase as content', () => {
    const rows = reported('On Tuesday, as shares were falling, Ada Holt wrote to investors, telling them the firm was sound.');
    expect(rows.some((r) => r[2] === 'wrote' && r[3].startsWith('On Tuesday'))).toBe(false);
  });
});
