import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { attributionsIn, parseBrat } from '../../eval/attribution/brat';
import { fetchPolnear } from '../../eval/attribution/fetch';
import { goldAttributions, relativeAntecedent } from '../../eval/attribution/gold';
import { predictedAttributions, type ExtractionLike } from '../../eval/attribution/predict';
import { chooseAnnotations, headlineOf, parseOptions, runPolnear } from '../../eval/attribution/run';
import { scoreArticle } from '../../eval/attribution/score';
import { ARTICLE, annotation } from './attribution-fixture';

/** The article as the parser gives it: headline and dateline cut off, paragraphs trimmed. */
const PARAGRAPHS = [
  'Mayor Ana Ruiz said on Monday that the bridge would open next year. 🌉',
  '“We will build it on time,” Ruiz told reporters. “Nobody should doubt that.”',
  'She added that the cost was fixed at $40 million.',
  'Officials said the budget was approved in March.',
  'Councilman Tom Baker called the plan “a fantasy” on Tuesday.',
];

function quote(paragraph: number, text: string, extra: Record<string, unknown>): ExtractionLike['quotes'][number] {
  const start = PARAGRAPHS[paragraph].indexOf(text);
  return { text, paragraph, start, end: start + text.length, ...extra };
}

const EXTRACTION: ExtractionLike = {
  paragraphs: PARAGRAPHS,
  entities: { people: [{ name: 'Ana Ruiz' }, { name: 'Tom Baker' }], organizations: [] },
  quotes: [
    // Today's shape: no kind (direct), a speaker reference or a speaker name.
    quote(1, 'We will build it on time,', { speaker: { type: 'person', index: 0 }, speakerName: 'Ruiz' }),
    quote(1, 'Nobody should doubt that.', { speaker: null, speakerName: 'Ana Ruiz' }),
    quote(4, 'a fantasy', { speaker: { type: 'person', index: 1 }, speakerName: 'Baker' }),
    // The coming shape: kind, cue and source.
    quote(2, 'the cost was fixed at $40 million', { kind: 'indirect', cue: 'added', source: { type: 'person', index: 0 } }),
    quote(3, 'the budget was approved in March', { kind: 'indirect', cue: 'said', source: 'Tom Baker' }),
    quote(0, 'on Monday', { kind: 'indirect', cue: null, source: null }),
  ],
};

function bodyGold(): ReturnType<typeof goldAttributions> {
  const { bodyStart } = headlineOf(ARTICLE);
  return goldAttributions(ARTICLE, attributionsIn(ARTICLE, parseBrat(annotation()))).filter((g) => g.content[0].start >= bodyStart);
}

describe('predicted quotes at raw-text offsets', () => {
  it('maps paragraph offsets back into the raw text past the cut dateline', () => {
    const { predicted, unmapped } = predictedAttributions(ARTICLE, EXTRACTION);
    expect(unmapped).toBe(0);
    expect(predicted.map((p) => [p.kind, ARTICLE.slice(p.span.start, p.span.end), p.source])).toEqual([
      ['direct', 'We will build it on time', 'Ana Ruiz'],
      ['direct', 'Nobody should doubt that', 'Ana Ruiz'],
      ['direct', 'a fantasy', 'Tom Baker'],
      ['indirect', 'the cost was fixed at $40 million', 'Ana Ruiz'],
      ['indirect', 'the budget was approved in March', 'Tom Baker'],
      ['indirect', 'on Monday', null],
    ]);
  });

  it('counts a quote whose paragraph is not in the text as unmapped', () => {
    const x = { ...EXTRACTION, paragraphs: [...PARAGRAPHS.slice(0, 4), 'Something the text never says.'] };
    expect(predictedAttributions(ARTICLE, x).unmapped).toBe(1);
  });
});

describe('scoring one article', () => {
  const r = scoreArticle(bodyGold(), predictedAttributions(ARTICLE, EXTRACTION).predicted);

  it('scores direct quotes: two pieces find one quote, a quoted phrase in reported speech is left out', () => {
    expect(r.counts).toMatchObject({ goldDirect: 1, predDirect: 2, directCorrect: 2, directFound: 1, insideReported: 1 });
    expect(r.counts).toMatchObject({ goldDirectWithSource: 1, predDirectWithSource: 2, speakerCorrectPred: 2, speakerCorrectGold: 1 });
    expect(r.direct.falsePositives).toEqual([]);
  });

  it('scores all attributions by content overlap and judges sources per bucket', () => {
    expect(r.counts).toMatchObject({ goldAll: 5, predAll: 6, allCorrect: 5, allFound: 4 });
    expect(r.counts.goldByKind).toEqual({ direct: 1, mixed: 1, indirect: 3 });
    expect(r.counts.foundByKind).toEqual({ direct: 1, mixed: 1, indirect: 2 });
    // Named: Ruiz (E2) and Baker (E5) right; "She" resolved to Ruiz, right; "Officials" judged by span text, wrong.
    expect(r.counts.allSource).toEqual({ named: 2, namedOk: 2, pronoun: 1, pronounOk: 1, text: 1, textOk: 0 });
    expect(r.all.falsePositives.map((f) => f.text)).toEqual(['on Monday']);
    expect(r.all.missed.map((m) => m.text)).toEqual(['the bridge would open next year']);
    expect(r.all.wrongSource).toEqual([expect.objectContaining({ goldSource: 'Officials', source: 'Tom Baker', bucket: 'text' })]);
  });

  it('counts a quote credited to the wrong person as a wrong speaker', () => {
    const wrong = { ...EXTRACTION, quotes: EXTRACTION.quotes.slice(0, 2).map((q) => ({ ...q, speaker: null, speakerName: 'Tom Baker' })) };
    const w = scoreArticle(bodyGold(), predictedAttributions(ARTICLE, wrong).predicted);
    expect(w.counts).toMatchObject({ directFound: 1, speakerCorrectPred: 0, speakerCorrectGold: 0 });
    expect(w.direct.wrongSpeaker).toEqual([expect.objectContaining({ expected: 'Ruiz', source: 'Tom Baker', bucket: 'named' })]);
  });
});

describe('the PolNeAR command', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'polnear-test-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('picks the first annotator metadata lists, else the first file by name', () => {
    const files = ['a_x1.ann', 'a_x2.ann', 'b_c_y2.ann', 'b_c_y1.ann'];
    const chosen = chooseAnnotations(files, new Map([['a', ['x2', 'x1']]]));
    expect([...chosen]).toEqual([
      ['a', 'a_x2.ann'],
      ['b_c', 'b_c_y1.ann'],
    ]);
  });

  it('refuses the test split and bad limits', () => {
    expect(() => parseOptions(['--polnear', dir, '--split', 'test'])).toThrow(/train, dev/);
    expect(() => parseOptions(['--polnear', dir, '--limit', '0'])).toThrow(/limit/);
    expect(parseOptions(['--polnear', dir, '--split=dev', '--limit', '5'])).toMatchObject({ splits: ['dev'], limit: 5, dump: null });
  });

  it('extracts and scores a split, headline attributions apart, and dumps per-article errors', () => {
    mkdirSync(join(dir, 'dev', 'text'), { recursive: true });
    mkdirSync(join(dir, 'dev', 'attributions'), { recursive: true });
    writeFileSync(join(dir, 'dev', 'text', 'bridge.txt'), ARTICLE);
    writeFileSync(join(dir, 'dev', 'attributions', 'bridge_aa.ann'), '');
    writeFileSync(join(dir, 'dev', 'attributions', 'bridge_bb.ann'), annotation());
    writeFileSync(join(dir, 'metadata.tsv'), 'compartment\tfilename\tannotators\ndev\tbridge\tbb|aa\n');
    const dump = join(dir, 'out', 'errors.jsonl');
    const out = runPolnear(['--polnear', dir, '--split', 'dev', '--dump', dump]);
    expect(out).toContain('PolNeAR dev: 1 articles, 0 failed extraction');
    expect(out).toMatch(/gold attributions in headlines \(not scored\): 1/);
    expect(out).toMatch(/direct quote spans\s+1\s+\d+\s+1\s/);
    const lines = readFileSync(dump, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { article: string; annotations: string });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ article: 'bridge', annotations: 'bridge_bb.ann' });
  });

  it('exports only train and dev from a local git repository', () => {
    const repo = join(dir, 'repo');
    for (const split of ['train', 'dev', 'test']) {
      mkdirSync(join(repo, 'data', split, 'text'), { recursive: true });
      mkdirSync(join(repo, 'data', split, 'attributions'), { recursive: true });
      writeFileSync(join(repo, 'data', split, 'text', `${split}-a.txt`), 'Headline.\n\nBody.\n');
      writeFileSync(join(repo, 'data', split, 'attributions', `${split}-a_x1.ann`), '');
    }
    writeFileSync(join(repo, 'data', 'metadata.tsv'), 'compartment\tfilename\ntrain\ttrain-a\ndev\tdev-a\ntest\ttest-a\n');
    const env = { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org' };
    execFileSync('git', ['init', '-q', repo], { env });
    execFileSync('git', ['-C', repo, 'add', '.'], { env });
    execFileSync('git', ['-C', repo, 'commit', '-qm', 'data'], { env });
    const out = join(dir, 'export');
    fetchPolnear(repo, out);
    expect(existsSync(join(out, 'train', 'text', 'train-a.txt'))).toBe(true);
    expect(existsSync(join(out, 'dev', 'attributions', 'dev-a_x1.ann'))).toBe(true);
    expect(existsSync(join(out, 'test'))).toBe(false);
    expect(readFileSync(join(out, 'metadata.tsv'), 'utf8')).toBe('compartment\tfilename\ntrain\ttrain-a\ndev\tdev-a\n');
  });
});

describe('a relative-pronoun source', () => {
  it('stands for the name right before it, and for nothing when no name is there', () => {
    const named = 'The vote was delayed by Sen. Jane Roe, who said the bill needed work.';
    const unnamed = 'The vote was delayed by a group of senators who said the bill needed work.';
    const whoAt = (text: string): number => text.indexOf('who');
    expect(relativeAntecedent(named, 'who', whoAt(named))).toBe('Jane Roe');
    expect(relativeAntecedent(unnamed, 'who', whoAt(unnamed))).toBeNull();
    // Only relative pronouns are read this way.
    expect(relativeAntecedent(named, 'Roe', named.indexOf('Roe'))).toBeNull();
  });
});
