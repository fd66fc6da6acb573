import { attributionsIn, parseBrat, spanText, toUtf16Offsets } from '../../eval/attribution/brat';
import { classifySource, goldAttributions, quotedRanges, resolvePronoun } from '../../eval/attribution/gold';
import { ARTICLE, annotation } from './attribution-fixture';

describe('brat attribution reader', () => {
  const doc = parseBrat(annotation());

  it('reads one attribution per event and skips discards, notes and continuation lines', () => {
    expect(doc.problems).toEqual([]);
    expect(doc.attributions.map((a) => a.id)).toEqual(['E1', 'E2', 'E3', 'E4', 'E5', 'E6']);
    expect(doc.textBounds.get('T24')?.type).toBe('Discard');
  });

  it('gives each role its spans, in text order, converted to string offsets past a non-BMP character', () => {
    const [e1, e2, , , , e6] = attributionsIn(ARTICLE, doc);
    expect(spanText(ARTICLE, e1.source)).toBe('Mayor Ana Ruiz');
    expect(spanText(ARTICLE, e1.cue)).toBe('said');
    expect(spanText(ARTICLE, e1.content)).toBe('the bridge would open next year');
    // After the 🌉 (two UTF-16 units, one code point) the brat offsets differ from string offsets.
    expect(e2.content).toHaveLength(2);
    expect(spanText(ARTICLE, e2.content)).toBe('“We will build it on time,” “Nobody should doubt that.”');
    expect(spanText(ARTICLE, e2.source)).toBe('Ruiz');
    expect(e6.source).toEqual([]);
    expect(spanText(ARTICLE, e6.content)).toBe('“a new bridge”');
  });

  it('reports a text-bound line it cannot read', () => {
    expect(parseBrat('T1\tSource 4 x\the\nT2\tCue 5 9\tsaid').problems).toEqual(['T1\tSource 4 x\the']);
  });

  it('maps code points to UTF-16 offsets', () => {
    const conv = toUtf16Offsets('a😀b');
    expect([conv(0), conv(1), conv(2), conv(3)]).toEqual([0, 1, 3, 4]);
    expect(toUtf16Offsets('plain')(3)).toBe(3);
  });
});

describe('gold attributions for scoring', () => {
  const gold = goldAttributions(ARTICLE, attributionsIn(ARTICLE, parseBrat(annotation())));
  const byId = new Map(gold.map((g) => [g.id, g]));

  it('classes content as direct, mixed or indirect by the quotation marks around it', () => {
    expect(gold.map((g) => [g.id, g.kind])).toEqual([
      ['E6', 'direct'],
      ['E1', 'indirect'],
      ['E2', 'direct'],
      ['E3', 'indirect'],
      ['E4', 'indirect'],
      ['E5', 'mixed'],
    ]);
  });

  it('pairs quotation marks per line, an unclosed one running to the line end', () => {
    const text = 'He said “yes” and "no".\n“Open';
    expect(quotedRanges(text).map((r) => text.slice(r.start, r.end))).toEqual(['“yes”', '"no"', '“Open']);
  });

  it('classes sources as named, pronoun, nominal or none and finds the name', () => {
    expect(byId.get('E1')).toMatchObject({ sourceClass: 'named', sourceName: 'Ana Ruiz' });
    expect(byId.get('E3')).toMatchObject({ sourceClass: 'pronoun', sourceName: null });
    expect(byId.get('E4')).toMatchObject({ sourceClass: 'nominal' });
    expect(byId.get('E6')).toMatchObject({ sourceClass: 'none', sourceText: null });
    expect(classifySource('Trump campaign manager Kellyanne Conway')).toEqual({ cls: 'named', name: 'Kellyanne Conway' });
    expect(classifySource('Vermont Sen. Bernie Sanders (I-Vt.)')).toEqual({ cls: 'named', name: 'Bernie Sanders' });
    expect(classifySource('the State Department')).toEqual({ cls: 'named', name: 'State Department' });
    expect(classifySource('Mr. Podesta')).toEqual({ cls: 'named', name: 'Podesta' });
    expect(classifySource('the ministry')).toEqual({ cls: 'nominal', name: null });
    expect(classifySource('officials in Washington')).toEqual({ cls: 'nominal', name: null });
    expect(classifySource('they')).toEqual({ cls: 'pronoun', name: null });
  });

  it('resolves a singular pronoun to the person the text names before it, and leaves "they" alone', () => {
    // "She added …" after "Ruiz told reporters": the mayor named in full before.
    expect(resolvePronoun(byId.get('E3')!, gold)).toBe('Ana Ruiz');
    const they = { ...byId.get('E3')!, sourceText: 'they' };
    expect(resolvePronoun(they, gold)).toBeNull();
  });

  it('without a resolution from the text, skips organizations and acronyms when resolving "he" or "she"', () => {
    const { referent, ...she } = byId.get('E3')!;
    expect(referent).toBe('Ana Ruiz');
    const before = (sourceName: string): typeof she => ({ ...byId.get('E2')!, id: 'X', sourceName, sourceStart: she.sourceStart! - 1 });
    expect(resolvePronoun(she, [...gold, before('State Department')])).toBe('Ruiz');
    expect(resolvePronoun(she, [...gold, before('CNN')])).toBe('Ruiz');
    expect(resolvePronoun(she, [...gold, before('Lee Park')])).toBe('Lee Park');
    // A given name of the other gender is skipped; a surname alone says nothing of gender.
    expect(resolvePronoun(she, [...gold, before('John Ortega')])).toBe('Ruiz');
    expect(resolvePronoun(she, [...gold, before('Ortega')])).toBe('Ortega');
  });
});
