import { quotesAfterLead } from './article-rows';

describe('direct quotes: words chanted or shouted by a crowd', () => {
  it('keeps a short quotation after "chanting" and "shouting" as a quote', () => {
    const rows = quotesAfterLead(
      'About 300 dock workers marched past the port office on Friday, chanting "Fair pay."',
      'Harbor pilots stood by the gate shouting "pier closed" at the passing ferry.',
    );
    expect(rows.map(([, text]) => text)).toEqual(['Fair pay.', 'pier closed']);
  });

  it('still drops a short scare-quoted term with no speech verb in its sentence', () => {
    expect(quotesAfterLead('The port office was painted a "harbor blue" on Friday.')).toEqual([]);
  });
});
