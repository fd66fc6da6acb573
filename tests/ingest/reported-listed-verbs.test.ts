import { reported } from './article-rows';

describe('reported speech: a speech verb second in a comma-joined list of verbs', () => {
  it('"The agency concealed records, admitted it withheld letters, and delayed …": the sentence subject is the source', () => {
    const rows = reported('The Harbor Authority runs the port.', 'The Harbor Authority repeatedly concealed records, admitted it withheld letters, and delayed the audit.');
    expect(rows).toContainEqual(['indirect', 'Harbor Authority', 'admitted', 'it withheld letters']);
  });

  it('the verb before ends its object at the comma', () => {
    const rows = reported('Governor Tom Reyes spoke on Monday.', 'Reyes called the levy lawful, said there was no attempt to hide it, and left.');
    expect(rows).toContainEqual(['indirect', 'Tom Reyes', 'said', 'there was no attempt to hide it']);
    expect(rows.some((r) => r[2] === 'called' && r[3].includes('said'))).toBe(false);
  });

  it('a verb with an object and no clause after it, or an appositive before the comma, is not read this way', () => {
    expect(reported('The Harbor Authority runs the port.', 'The Harbor Authority concealed records, admitted it, and delayed the audit.').some((r) => r[2] === 'admitted')).toBe(false);
    const apposed = reported('The county board met.', 'Ines Vidal, a retired nurse, said she was pleased.');
    expect(apposed).toContainEqual(['indirect', 'Ines Vidal', 'said', 'she was pleased']);
  });
});
