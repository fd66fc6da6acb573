import { reported } from './article-rows';

const LEAD = 'The county board met on Monday.';

describe('reported speech: agentless passives of listing and recognizing ("is listed as", "was identified as", "were recognized for")', () => {
  it('reads the clause from its subject on, with no source', () => {
    expect(reported(LEAD, 'Ada Holt is listed as the treasurer of the harbor fund.')).toContainEqual(['indirect', null, 'is listed', 'Ada Holt is listed as the treasurer of the harbor fund']);
    expect(reported(LEAD, 'The driver was identified as a local teacher.')).toContainEqual(['indirect', null, 'was identified', 'The driver was identified as a local teacher']);
    expect(reported(LEAD, 'Several nurses were recognized for their work during the flood.')).toContainEqual([
      'indirect',
      null,
      'were recognized',
      'Several nurses were recognized for their work during the flood',
    ]);
  });

  it('another word after the participle, or a negation, reads nothing', () => {
    expect(reported(LEAD, 'The harbor was listed for sale in May.')).toEqual([]);
    expect(reported(LEAD, 'The driver was not identified as a local teacher.')).toEqual([]);
  });
});
