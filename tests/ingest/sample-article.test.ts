import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractArticle } from '../../src/ingest/extract-article';

const text = readFileSync(join(__dirname, '..', '..', 'src', 'sample', 'kerry-lavrov-paris.txt'), 'utf8');

describe('the sample article (src/sample/kerry-lavrov-paris.txt)', () => {
  const x = extractArticle(text, { publishedAt: '2014-03-30T12:00:00Z' });

  it('has its structure: section, headline, image with credit, dateline, no promotion', () => {
    expect(x.section).toBe('World & Nation');
    expect(x.headline).toBe('U.S., Russian diplomats agree to work with Ukraine’s government');
    expect(x.images).toEqual([
      {
        alt: 'Secretary of State John F. Kerry meets with Russian diplomat Sergei Lavrov',
        caption: 'U.S. Secretary of State John F. Kerry and Russian Foreign Minister Sergei Lavrov, right, prepare to begin their talks in Paris.',
        credit: 'Jacquelyn Martin / Pool Photo',
      },
    ]);
    expect(x.dateline).toBe('WASHINGTON');
    expect(x.byline).toBeNull();
    expect(x.paragraphs[0]).toMatch(/^The top U\.S\. and Russian diplomats agreed Sunday/);
    expect(x.paragraphs).toHaveLength(17);
    expect(x.paragraphs.join('\n')).not.toMatch(/newsletter|Jacquelyn/);
  });

  it('yields its seven people with their titles, in order of first mention', () => {
    expect(x.entities.people.map((p) => [p.name, p.title])).toEqual([
      ['John F. Kerry', 'U.S. Secretary of State'],
      ['Sergei Lavrov', 'Russian Foreign Minister'],
      ['Viktor Yanukovich', 'ousted pro-Russian President'],
      ['Obama', 'President'],
      ['Vladimir Putin', 'Russian President'],
      ['Dianne Feinstein', 'U.S. Senator'],
      ['Sergey Kislyak', 'Russia’s ambassador to the United States'],
    ]);
    const feinstein = x.entities.people[5];
    const committee = x.entities.organizations.findIndex((o) => o.name === 'Senate Intelligence Committee');
    expect(feinstein.roles).toContainEqual({ title: 'chairwoman of the Senate Intelligence Committee', organization: committee });
    expect(x.entities.people[0].aliases).toContain('Kerry');
  });

  it('takes the photographer as a credit, not a person', () => {
    expect(x.entities.people.some((p) => /Martin/.test(p.name))).toBe(false);
    expect(x.entities.mentions.some((m) => /Martin/.test(m.text))).toBe(false);
  });

  it('yields its organizations, the implied ones included', () => {
    expect(x.entities.organizations.map((o) => [o.name, o.kind, o.implied]).sort()).toEqual(
      [
        ['the Kremlin', 'GOVERNMENT', false],
        ['Senate Intelligence Committee', 'LEGISLATURE', false],
        ['CNN', 'NEWS_MEDIA', false],
        ['ABC', 'NEWS_MEDIA', false],
        ['State Department', 'GOVERNMENT_AGENCY', true],
        ['Russian Foreign Ministry', 'GOVERNMENT_AGENCY', true],
      ].sort(),
    );
  });

  it('resolves later short mentions to the full name, with offsets into the paragraph', () => {
    const kerry = x.entities.mentions.filter((m) => m.type === 'person' && m.entity === 0);
    expect(kerry.length).toBeGreaterThanOrEqual(7);
    for (const m of x.entities.mentions) expect(x.paragraphs[m.paragraph].slice(m.start, m.end)).toBe(m.text);
    expect(kerry.find((m) => m.paragraph === 4)).toMatchObject({ text: 'Kerry', method: 'surname' });
  });

  it('yields the reported statements of Kerry, Lavrov and Kislyak, and the other attributions, with their cues', () => {
    expect(x.quotes.filter((q) => q.kind !== 'direct').map((q) => [q.kind, q.speakerName, q.cue, q.text.slice(0, 40)])).toEqual([
      ['indirect', 'The top U.S. and Russian diplomats', 'agreed', 'to work with Ukrainian government offici'],
      ['indirect', 'Sergei Lavrov', 'called', 'the meeting constructive'],
      ['indirect', 'Sergei Lavrov', 'suggested', 'Moscow may now be more willing to work w'],
      ['indirect', 'Both men', 'indicated', 'the discussions would include how to gov'],
      ['indirect', 'Sergei Lavrov', 'demanded', 'the interim government in Kiev rewrite t'],
      ['indirect', 'John F. Kerry', 'insisted', 'any such decisions could be made only by'],
      ['indirect', 'John F. Kerry', 'also pushed for', 'Russia to remove the 40,000 troops it ha'],
      ['mixed', 'John F. Kerry', 'saying', '“any solution” must involve a pullback'],
      ['indirect', 'Sergei Lavrov', 'has contended', 'the forces are only conducting routine m'],
      ['indirect', 'Sergei Lavrov', 'showed', 'no willingness to do so'],
      ['indirect', 'Western governments', 'fear', 'Moscow is seeking control over at least '],
      ['indirect', 'Moscow', 'is seeking', 'control over at least parts of Ukraine, '],
      ['indirect', 'a plan', 'calls for', 'the disarming of private militias, the e'],
      ['indirect', 'Russia', 'has been urging', 'international negotiations to create a d'],
      ['indirect', 'Russian-speaking Ukrainians in the east', 'tend to favor', 'ties with Russia'],
      ['indirect', 'John F. Kerry', 'said', 'he and Lavrov did not discuss the propos'],
      ['indirect', 'Sergei Lavrov', 'did not discuss', 'the proposal to give more autonomy to Uk'],
      ['indirect', 'The two sides', 'did discuss', 'Russia’s huge troop presence on Ukraine’'],
      ['indirect', 'U.S. officials', 'have expressed', 'fears that the buildup may be the prelud'],
      ['indirect', 'John F. Kerry', 'said', 'a top goal of the meeting was to set up '],
      ['mixed', 'Russian news agencies', 'according to', 'Lavrov said Russia had agreed to work wi'],
      ['mixed', 'Sergei Lavrov', 'said', 'Russia had agreed to work with “the Ukra'],
      ['mixed', 'Russia', 'had agreed', 'to work with “the Ukrainian government, '],
      ['indirect', 'Vladimir Putin', 'discussed', 'the Ukraine crisis in a telephone call F'],
      ['indirect', 'Obama', 'had asked', 'Lavrov reply in writing to the proposal '],
      ['indirect', 'Administration officials', 'first described', 'the call, which was initiated by Putin, '],
      ['indirect', 'the Kremlin', 'described', 'the conversation in ways suggesting that'],
      // The participle after the verb phrase reports what the Kremlin's description suggested.
      ['indirect', 'the Kremlin', 'suggesting', 'Moscow was not yet willing to give groun'],
      ['mixed', 'Dianne Feinstein', 'said', 'to informed observers, the Russian troop'],
      ['mixed', 'Sergey Kislyak', 'insisted', 'the troops were present only for “a norm'],
    ]);
  });

  it('yields its six quotes with speakers and partial flags, and no TV show as a quote', () => {
    expect(x.quotes.filter((q) => q.kind === 'direct').map((q) => [q.speakerName, q.text, q.partial])).toEqual([
      ['John F. Kerry', 'In the end, Ukrainians are going to have to make that decision,', false],
      ['John F. Kerry', 'any solution', true],
      [
        'John F. Kerry',
        'The United States is consulting with Ukraine at every step of this process, and we will not accept a path forward where the legitimate government of Ukraine is not at the table,',
        false,
      ],
      ['Sergei Lavrov', 'the Ukrainian government, the Ukrainian people in the broadest sense', true],
      ['Dianne Feinstein', 'like an invasion force.', true],
      ['Sergey Kislyak', 'a normal exercise.', true],
    ]);
    for (const q of x.quotes.filter((q) => q.kind === 'direct')) {
      expect(x.paragraphs[q.paragraph].slice(q.start, q.end)).toBe(q.text);
      expect(q.speaker?.type).toBe('person');
      expect(q.confidence).toBeGreaterThan(0.5);
    }
    expect(x.quotes.filter((q) => q.kind === 'direct').map((q) => q.method)).toEqual(['said-after-quote', 'descriptor', 'pronoun', 'said-before-quote', 'said-before-quote', 'said-before-quote']);
  });
});
