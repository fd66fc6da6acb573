import { reportedNamed } from './article-rows';

describe('reported speech: an opening participle clause closed by a quotation whose comma sets it off', () => {
  it('"Conceding that … “quoted words,” S asked …": the participle reports its clause, quotation included, for the main subject', () => {
    expect(reportedNamed('Conceding that the ferry repairs would take “many more years,” Governor Tom Hale asked the council for patience.')).toContainEqual([
      'mixed',
      'Tom Hale',
      'Conceding',
      'the ferry repairs would take “many more years,”',
    ]);
    expect(reportedNamed('After calling the harbor levy “a disgrace,” Mayor Ann Lee left the hall.')).toContainEqual(['mixed', 'Ann Lee', 'calling', 'the harbor levy “a disgrace,”']);
  });

  it('the same clause without a quotation reads as before; a quotation in its middle does not end it', () => {
    expect(reportedNamed('Conceding that the ferry repairs would take years, Governor Tom Hale asked the council for patience.')).toContainEqual([
      'indirect',
      'Tom Hale',
      'Conceding',
      'the ferry repairs would take years',
    ]);
    expect(reportedNamed('Conceding that the “modest” repairs would take years, Governor Tom Hale asked the council for patience.')).toContainEqual([
      'mixed',
      'Tom Hale',
      'Conceding',
      'the “modest” repairs would take years',
    ]);
  });

  it('a quotation after the main clause has begun is no part of the participle clause', () => {
    const rows = reportedNamed('Conceding that the repairs would take years, Governor Tom Hale called the delay “a disgrace,” and left.');
    expect(rows).toContainEqual(['indirect', 'Tom Hale', 'Conceding', 'the repairs would take years']);
  });
});
