import { quotesAfterLead as quotes } from './article-rows';

const speakerOf = (rows: [string | null, string][], words: string): string | null | undefined => rows.find(([, text]) => text.startsWith(words))?.[0];

describe('he/she: the subject of the sentence before, past lead phrases', () => {
  it('a subject whose verb is a past tense not in -ed (`put`) is whom she means; names in the lead phrase are not', () => {
    const rows = quotes('Recalling that both Gov. Reagan and Sen. Grant faced hostile crowds, Maria Delgado put her finger on the problem.', '“Nobody listens to the voters anymore,” she wrote.');
    expect(speakerOf(rows, 'Nobody listens')).toBe('Maria Delgado');
  });

  it('a subject with a negated auxiliary (`doesn’t`) after a lead phrase with an appositive', () => {
    const rows = quotes('Ivo Kessler sued the school in 2012.', 'Like Anna Brandt, the former student, Kessler doesn’t want to fight the school or its dean, Paul Grant, again.', '“I am too old for that,” he said.');
    expect(speakerOf(rows, 'I am too old')).toBe('Ivo Kessler');
  });

  it('a name after `that` is the subject of a reported clause, no rival to the sentence’s own subject', () => {
    const rows = quotes(
      'At a rally on Monday in Dayton, Ohio, Paul Kessler was just as blunt, claiming that Mayor Ivo Brandt wanted to raise taxes.',
      '“You would have to be mad,” he said.',
    );
    expect(speakerOf(rows, 'You would have to be mad')).toBe('Paul Kessler');
  });

  it('the subject of a relative clause after `that` is no rival either', () => {
    const rows = quotes(
      'Mayor Pete Calder and Gov. Ben Ostrow met on Monday.',
      'In a long interview about the troubled budget of the state, Ostrow rejected the claims that Calder raised about Ivo Brandt.',
      '“Let them check the numbers again,” he said.',
    );
    expect(speakerOf(rows, 'Let them check')).toBe('Ben Ostrow');
  });

  it('near miss: a second clause with a subject of its own (not after `that`) leaves the pronoun unresolved', () => {
    const rows = quotes('At a rally on Monday in Dayton, Ohio, Paul Kessler was just as blunt; Mayor Ivo Brandt wanted to raise taxes.', '“You would have to be mad,” he said.');
    expect(speakerOf(rows, 'You would have to be mad')).toBeNull();
  });

  it('a subject whose verb is one of thinking (`still believes`) after a long lead phrase', () => {
    const rows = quotes(
      'One month after announcing his support for Paul Grant, Senator Ivo Kessler still believes that the nominee is unfit for office.',
      '“I stand by everything I said,” he told reporters.',
    );
    expect(speakerOf(rows, 'I stand by everything')).toBe('Ivo Kessler');
  });
});

describe('a quoted fragment inside a reported clause takes the clause’s source', () => {
  it('a possessor before a noun like `remarks` is no speech verb', () => {
    const rows = quotes('Ann Lowe said that Paul Kessler’s remarks “have done real harm in our state.”');
    expect(speakerOf(rows, 'have done real harm')).toBe('Ann Lowe');
  });

  it('near miss: the clause’s subject with a speech verb of its own speaks the fragment', () => {
    const rows = quotes('Ann Lowe said that Paul Kessler told voters the plan was “a disgrace to the state.”');
    expect(speakerOf(rows, 'a disgrace')).not.toBe('Ann Lowe');
  });
});
