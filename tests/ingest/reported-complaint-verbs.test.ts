import { reportedNamed } from './article-rows';

describe('reported speech: verbs of complaint and scorn before a clause', () => {
  it('reads "sniped", "griped", "groused", "scoffed" and "fumed" with their clause, a quoted fragment in it or not', () => {
    expect(reportedNamed('Governor Tom Hale sniped that the harbor master was “out of his depth.”')).toContainEqual([
      'mixed',
      'Tom Hale',
      'sniped',
      'the harbor master was “out of his depth.”',
    ]);
    expect(
      reportedNamed(
        'Mayor Ann Lee griped that the ferry schedule had changed again.',
        'Senator Ray Cole groused that the levy would hurt fishermen.',
        'Governor Ana Silva scoffed that the audit proved nothing.',
        'Councilman Omar Diaz fumed that the pier had closed without notice.',
      ).map((r) => [r[2], r[3]]),
    ).toEqual([
      ['griped', 'the ferry schedule had changed again'],
      ['groused', 'the levy would hurt fishermen'],
      ['scoffed', 'the audit proved nothing'],
      ['fumed', 'the pier had closed without notice'],
    ]);
  });

  it('the fish "carp" is no cue', () => {
    expect(reportedNamed('Anglers on the pier caught carp that weighed ten pounds.')).toEqual([]);
  });
});
