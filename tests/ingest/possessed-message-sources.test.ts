import { extractArticle } from '../../src/ingest/extract-article';
import { reported, reportedNamed } from './article-rows';
import { withCpuMillis } from './hostile-inputs';

const LEAD = 'Mayor Ann Zornick spoke on Monday.';

describe('reported speech: someone’s words as the subject ("Zornick’s comment highlighted …")', () => {
  it('gives the possessor’s entity as the source', () => {
    expect(reportedNamed(LEAD, 'Zornick’s comment highlighted the weak plan.')).toContainEqual(['indirect', 'Ann Zornick', 'highlighted', 'the weak plan']);
    expect(reportedNamed(LEAD, 'Zornick’s most recent remarks suggested that the levy would pass.')).toContainEqual([
      'indirect',
      'Ann Zornick',
      'suggested',
      'the levy would pass',
    ]);
  });

  it('gives the possessor’s phrase as written when it names no entity', () => {
    expect(reported('The harbor board’s statement condemning the vote was brief.')).toContainEqual(['indirect', 'The harbor board', 'condemning', 'the vote']);
  });

  it('gives the possessor when the noun reading of the cue cut the noun off its modifier ("Zornick’s full embrace of")', () => {
    expect(reportedNamed(LEAD, 'Zornick’s full embrace of the levy surprised the board.').some((r) => r[1] === 'Zornick’s full')).toBe(false);
    expect(reportedNamed(LEAD, 'Zornick’s full embrace of the levy surprised the board.').map((r) => r[1])).toContain('Ann Zornick');
  });

  it('leaves possessive pronouns, and possessed nouns that are no words', () => {
    expect(reported(LEAD, 'Her remarks indicated that the levy would pass.')).toContainEqual(['indirect', 'Her remarks', 'indicated', 'the levy would pass']);
    expect(reported('The mayor’s lawyers said that the levy would pass.')).toContainEqual(['indirect', 'The mayor’s lawyers', 'said', 'the levy would pass']);
    expect(reported('The ferry union’s internal numbers show that the levy would pass.')).toContainEqual([
      'indirect',
      'The ferry union’s internal numbers',
      'show',
      'the levy would pass',
    ]);
  });
});

describe('hostile input for possessed words as sources, just under the 1 MB limit', () => {
  it('long runs of the shape finish in time', () => {
    const { cpuMillis } = withCpuMillis(() => {
      extractArticle(`Headline of the story\n\n${LEAD}\n\n${'The harbor board’s statement condemning the vote was brief. '.repeat(13_000)}`);
      extractArticle(`Headline of the story\n\n${'The board’s '.repeat(60_000)}statement condemning the vote was brief.`);
    });
    expect(cpuMillis).toBeLessThan(60_000);
  });
});
