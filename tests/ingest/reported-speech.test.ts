import { extractArticle } from '../../src/ingest/extract-article';
import { reported } from './article-rows';

describe('reported speech', () => {
  it('X said (that) CONTENT, with a time phrase between', () => {
    expect(reported('Mayor Lena Ortiz said Tuesday that the bridge would reopen in May.', 'Ortiz said the repairs cost less than planned.')).toEqual([
      ['indirect', 'Lena Ortiz', 'said', 'the bridge would reopen in May'],
      ['indirect', 'Lena Ortiz', 'said', 'the repairs cost less than planned'],
    ]);
  });

  it('X told Y (that) CONTENT', () => {
    expect(reported('Coach Ray Dunn told reporters that his starting goalie would miss two games.')).toEqual([
      ['indirect', 'Ray Dunn', 'told', 'his starting goalie would miss two games'],
    ]);
    expect(reported('Ray Dunn told The Daily Ledger the team had not decided.')).toEqual([['indirect', 'Ray Dunn', 'told', 'the team had not decided']]);
  });

  it('insisted / warned / argued / demanded that, with auxiliaries kept in the cue', () => {
    expect(
      reported(
        'Finance Minister Aiko Tan insisted that the budget was balanced.',
        'Tan has warned that interest rates could rise.',
        'The unions demanded that the plant stay open.',
      ),
    ).toEqual([
      ['indirect', 'Aiko Tan', 'insisted', 'the budget was balanced'],
      ['indirect', 'Aiko Tan', 'has warned', 'interest rates could rise'],
      ['indirect', 'The unions', 'demanded', 'the plant stay open'],
    ]);
  });

  it('according to X, before or after the content', () => {
    expect(reported('According to the county health department, three wells were contaminated.', 'The wells were closed last week, according to officials.')).toEqual([
      ['indirect', 'the county health department', 'According to', 'three wells were contaminated'],
      ['indirect', 'officials', 'according to', 'The wells were closed last week'],
    ]);
  });

  it('CONTENT, X said and CONTENT, said X', () => {
    expect(reported('Dr. Omar Haddad treats the patients.', 'The outbreak has slowed since Friday, Haddad said.', 'More beds will be needed by winter, said Haddad.')).toEqual([
      ['indirect', 'Omar Haddad', 'said', 'The outbreak has slowed since Friday'],
      ['indirect', 'Omar Haddad', 'said', 'More beds will be needed by winter'],
    ]);
  });

  it("an organization or a noun phrase as the source: the ministry said, X's spokesman said", () => {
    expect(reported('The Ministry of Transport said the line would close for a month.', "A spokesman for the airline said flights would resume on Monday.")).toEqual([
      ['indirect', 'Ministry of Transport', 'said', 'the line would close for a month'],
      ['indirect', 'A spokesman for the airline', 'said', 'flights would resume on Monday'],
    ]);
  });

  it('a reported clause holding a quoted fragment is MIXED, and the fragment stays a direct quote', () => {
    const x = extractArticle(['Headline of the story', 'Senator Paula Grant said the plan was “dead on arrival” in its current form.'].join('\n\n'));
    expect(x.quotes.map((q) => [q.kind, q.speakerName, q.text])).toEqual([
      ['mixed', 'Paula Grant', 'the plan was “dead on arrival” in its current form'],
      ['direct', 'Paula Grant', 'dead on arrival'],
    ]);
  });

  it('two coordinated attributions in one sentence', () => {
    expect(reported('Ivan Petrov demanded that the talks move to Geneva, but Sara Lind insisted that any venue would need both sides to agree.')).toEqual([
      ['indirect', 'Ivan Petrov', 'demanded', 'the talks move to Geneva'],
      ['indirect', 'Sara Lind', 'insisted', 'any venue would need both sides to agree'],
    ]);
  });

  it('a participle shares the subject of its clause: …, saying (that) CONTENT', () => {
    // A veto is an act, not a statement: only what the participle says is reported.
    expect(reported('Governor Ana Silva vetoed the bill, saying that it would raise rents.')).toEqual([['indirect', 'Ana Silva', 'saying', 'it would raise rents']]);
  });

  it('a relative clause ends the content: X, who has argued that …, did something', () => {
    expect(reported('Tom Becker, who has argued that the tax is unfair, voted against it.')).toEqual([
      ['indirect', 'Tom Becker', 'has argued', 'the tax is unfair'],
      ['indirect', 'Tom Becker', 'voted against', 'it'],
    ]);
  });

  it('an attribution set off inside its content: A, she said, B', () => {
    expect(reported('Dr. Omar Haddad treats the patients.', 'By next week, Haddad said, the ward will be full.')).toEqual([
      ['indirect', 'Omar Haddad', 'said', 'By next week the ward will be full'],
    ]);
  });

  it('a share of those polled as the source: 52 percent said', () => {
    expect(reported('In the new survey, 52 percent said the economy was getting worse.')).toEqual([['indirect', '52 percent', 'said', 'the economy was getting worse']]);
  });

  it('a name the extraction did not take for an entity, a document after "according to", "said that" before an adverbial', () => {
    expect(
      reported(
        'Halvorsen says that after the storm, the pier was closed for a week.',
        'The county sold the land in 2019, according to a lawsuit filed in March.',
      ),
    ).toEqual([
      ['indirect', 'Halvorsen', 'says', 'after the storm, the pier was closed for a week'],
      ['indirect', 'a lawsuit filed in March', 'according to', 'The county sold the land in 2019'],
    ]);
  });

  it('a refusal reports what was refused, not the statement refused', () => {
    expect(reported('Spokeswoman Jo Park declined to say whether the deal was done.')).toEqual([['indirect', 'Jo Park', 'declined', 'to say whether the deal was done']]);
    expect(reported('Sales of the new model declined sharply in March.')).toEqual([]);
  });

  it('no statement without a source, a negated cue, or a belief in the passive', () => {
    expect(
      reported(
        'The report was thought to be incomplete.',
        'Lee Morgan did not say the vote was rigged.',
      ),
    ).toEqual([]);
  });

  it('a direct quotation is not also reported speech', () => {
    expect(reported('“We will rebuild,” Mayor Lena Ortiz said.', 'Ortiz said: “The bridge reopens in May.”', 'Ortiz said, “We are ready.”')).toEqual([]);
  });
});
