import { extractArticle } from '../../src/ingest/extract-article';
import { innerVerbAt, namesMessage } from '../../src/ingest/attribution/subject-verb-objects';
import { words } from '../../src/ingest/text';
import { reported } from './article-rows';
import { withCpuMillis } from './hostile-inputs';

describe('reported speech: a message a subject put out, then a participle ("super PACs bankrolled ads attacking …")', () => {
  it('gives the subject before the verb as the source', () => {
    expect(reported('Meanwhile, two harbor groups bankrolled ads attacking the mayor.')).toContainEqual(['indirect', 'two harbor groups', 'attacking', 'the mayor']);
    expect(reported('The ferry union placed newspaper ads calling the levy a mistake.')).toContainEqual(['indirect', 'The ferry union', 'calling', 'the levy a mistake']);
    expect(reported('Dock workers have launched petitions calling on the board to act.')).toContainEqual(['indirect', 'Dock workers', 'calling on', 'the board to act']);
  });

  it('leaves a message whose participle modifies it, and an object that is no message', () => {
    expect(reported('A newly released ad attacking the mayor aired on Sunday.')).toContainEqual(['indirect', 'A newly released ad', 'attacking', 'the mayor']);
    expect(innerVerbAt(words('the board’s paid ads'))).toBe(-1);
    expect(innerVerbAt(words('a newly released ad'))).toBe(-1);
    expect(innerVerbAt(words('super PACs bankrolled ads'))).toBe(2);
    expect(namesMessage('petitions')).toBe(true);
    expect(namesMessage('articles')).toBe(true);
    expect(namesMessage('voters')).toBe(false);
  });
});

describe('hostile input for messages put out before a participle, just under the 1 MB limit', () => {
  it('long runs of the shape finish in time', () => {
    const { cpuMillis } = withCpuMillis(() => {
      extractArticle(`Headline of the story\n\n${'The ferry union placed newspaper ads calling the levy a mistake. '.repeat(14_000)}`);
      innerVerbAt(words('groups bankrolled '.repeat(50_000)));
    });
    expect(cpuMillis).toBeLessThan(60_000);
  });
});
