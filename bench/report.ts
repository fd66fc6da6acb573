import { cpus, totalmem } from 'node:os';
import type { OperationCost } from './count-operations';
import type { Scenario } from './scenarios';

/** Medians over the rounds for one (scenario, target). */
export interface Measurement {
  scenario: string;
  target: string;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Server CPU time (user + system) per response: independent of what else runs on the machine. */
  cpuMsPerRequest: number;
  non2xx: number;
  errors: number;
}

export interface TargetInfo {
  name: string;
  description: string;
  /** Largest RSS of the server process answering this target, bytes. */
  maxRss: number;
}

export interface ReportInput {
  date: Date;
  settings: { articles: number; rounds: number; durationSeconds: number; connections: number; seed: number };
  corpus: { articles: number; mentions: number; quotes: number; reportedQuotes: number; people: number; organizations: number; generationMs: number };
  scenarios: readonly Scenario[];
  targets: readonly TargetInfo[];
  measurements: readonly Measurement[];
  gatewayCosts: Map<string, OperationCost>;
  baselineCosts: Map<string, OperationCost>;
  notes: string[];
  totalSeconds: number;
}

const CEILING = 'ceiling';
const BASELINE = 'baseline';
const HAND_STORE = 'hand-written-store';
const HAND_MEMORY = 'hand-written-memory';
const PEER_MEMORY = 'mercurius-memory';

const fixed = (value: number, digits: number): string => (Number.isFinite(value) ? value.toFixed(digits) : '–');
const percent = (value: number): string => (Number.isFinite(value) ? `${(value * 100).toFixed(1)}%` : '–');
const megabytes = (bytes: number): string => (bytes > 0 ? `${Math.round(bytes / (1024 * 1024))} MB` : '–');

function find(measurements: readonly Measurement[], scenario: string, target: string): Measurement | undefined {
  return measurements.find((m) => m.scenario === scenario && m.target === target);
}

function resultsTable(input: ReportInput): string[] {
  const lines = [
    '| scenario | server | req/s | p50 ms | p99 ms | share of ceiling | × baseline | server CPU ms / request | share of ceiling by CPU | share of hand-written (store) by CPU | share of hand-written (memory) by CPU | server RSS (max) |',
    '| --- | --- | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: |',
  ];
  for (const scenario of input.scenarios) {
    const ceiling = find(input.measurements, scenario.name, CEILING);
    const baseline = find(input.measurements, scenario.name, BASELINE);
    const handStore = find(input.measurements, scenario.name, HAND_STORE);
    const handMemory = find(input.measurements, scenario.name, HAND_MEMORY);
    const shareOf = (reference: Measurement | undefined, m: Measurement) => (reference && m.cpuMsPerRequest > 0 ? percent(reference.cpuMsPerRequest / m.cpuMsPerRequest) : '–');
    for (const target of input.targets) {
      const m = find(input.measurements, scenario.name, target.name);
      if (!m) continue;
      const failures = m.non2xx + m.errors > 0 ? ` (${m.non2xx} non-2xx, ${m.errors} errors)` : '';
      lines.push(
        `| ${scenario.name} | ${target.name}${failures} | ${fixed(m.requestsPerSecond, 0)} | ${fixed(m.p50Ms, 1)} | ${fixed(m.p99Ms, 1)} | ` +
          `${ceiling ? percent(m.requestsPerSecond / ceiling.requestsPerSecond) : '–'} | ` +
          `${baseline ? `${fixed(m.requestsPerSecond / baseline.requestsPerSecond, 2)}×` : '–'} | ${fixed(m.cpuMsPerRequest, 3)} | ` +
          `${shareOf(ceiling, m)} | ${shareOf(handStore, m)} | ${shareOf(handMemory, m)} | ${megabytes(target.maxRss)} |`,
      );
    }
  }
  return lines;
}

function costTable(input: ReportInput): string[] {
  const lines = [
    '| scenario | levels (store / entity service) | gateway: statements / entity requests | baseline (no loaders): statements / entity requests |',
    '| --- | --: | --: | --: |',
  ];
  for (const scenario of input.scenarios) {
    const g = input.gatewayCosts.get(scenario.name);
    const b = input.baselineCosts.get(scenario.name);
    const cell = (c: OperationCost | undefined) => (c ? `${c.statements} / ${c.entityRequests}${c.errors ? ` (${c.errors} errors)` : ''}` : '–');
    lines.push(`| ${scenario.name} | ${scenario.levels.store} / ${scenario.levels.entities} | ${cell(g)} | ${cell(b)} |`);
  }
  return lines;
}

function goalLines(input: ReportInput): string[] {
  const front = 'front-page';
  const ceiling = find(input.measurements, front, CEILING);
  const uncached = find(input.measurements, front, 'gateway');
  const cached = find(input.measurements, front, 'gateway-cached');
  const peer = find(input.measurements, front, 'mercurius-jit');
  // The gateway as npm start runs it (uncached and cached); the other gateway-* servers run non-default settings for comparison.
  const gatewayRss = Math.max(...input.targets.filter((t) => t.name === 'gateway' || t.name === 'gateway-cached').map((t) => t.maxRss), 0);
  const share = (m: Measurement | undefined) => (m && ceiling ? m.requestsPerSecond / ceiling.requestsPerSecond : NaN);
  const mark = (ok: boolean) => (ok ? 'met' : '**not met**');
  const costsAtLevels = input.scenarios.every((s) => {
    const c = input.gatewayCosts.get(s.name);
    return c !== undefined && c.statements <= s.levels.store && c.entityRequests <= s.levels.entities;
  });
  return [
    `- Uncached front page ≥ 24% of the ceiling: ${percent(share(uncached))} — ${mark(share(uncached) >= 0.24)}`,
    `- Cached front page (persisted query GET) ≥ 60% of the ceiling: ${percent(share(cached))} — ${mark(share(cached) >= 0.6)}`,
    `- Uncached front page p99 < 25 ms at ${input.settings.connections} connections: ${fixed(uncached?.p99Ms ?? NaN, 1)} ms — ${mark((uncached?.p99Ms ?? Infinity) < 25)}`,
    `- Gateway RSS < 200 MB (\`gateway\` and \`gateway-cached\`, the default settings): ${megabytes(gatewayRss)} — ${mark(gatewayRss > 0 && gatewayRss < 200 * 1024 * 1024)}`,
    `- Statements and entity requests per operation = levels (every scenario): ${mark(costsAtLevels)}`,
    ...(peer && uncached
      ? [
          `- Uncached front page against the fastest Node.js GraphQL peer (Mercurius + graphql-jit + DataLoaders, same store and answer): ` +
            `${fixed(uncached.requestsPerSecond / peer.requestsPerSecond, 2)}× its req/s (${percent(share(uncached))} vs ${percent(share(peer))} of the ceiling), ` +
            `and the peer spends ${fixed(peer.cpuMsPerRequest / uncached.cpuMsPerRequest, 2)}× the gateway's CPU per response`,
        ]
      : []),
    ...peerGoalLines(input),
    ...allKindsLines(input),
  ];
}

/**
 * Reported speech roughly doubles the quotes per article: the front page with every kind
 * (`front-page-all-kinds`) against the direct-only front page, by CPU per response in the same run.
 * The goal is the gateway's; the other servers' ratios show what the extra quotes cost without it.
 */
function allKindsLines(input: ReportInput): string[] {
  const ratioOf = (target: string): { direct: Measurement; all: Measurement; ratio: number } | null => {
    const direct = find(input.measurements, 'front-page', target);
    const all = find(input.measurements, 'front-page-all-kinds', target);
    return direct && all && direct.cpuMsPerRequest > 0 ? { direct, all, ratio: all.cpuMsPerRequest / direct.cpuMsPerRequest } : null;
  };
  const gateway = ratioOf('gateway');
  if (!gateway) return [];
  const others = input.targets
    .filter((t) => t.name !== 'gateway')
    .flatMap((t) => {
      const r = ratioOf(t.name);
      return r ? [`${t.name} ${fixed(r.ratio, 2)}×`] : [];
    });
  return [
    `- Front page with every kind of quote within 1.2× of the direct-only front page's CPU per response (gateway, same run): ` +
      `${fixed(gateway.all.cpuMsPerRequest, 3)} vs ${fixed(gateway.direct.cpuMsPerRequest, 3)} ms = ${fixed(gateway.ratio, 2)}× — ${gateway.ratio <= 1.2 ? 'met' : '**not met**'}` +
      `${others.length > 0 ? ` (the same ratio for ${others.join(', ')})` : ''}`,
  ];
}

/** The gateway against the hand-written servers and Mercurius from memory, by CPU per response, in every scenario measured. */
function peerGoalLines(input: ReportInput): string[] {
  const lines: string[] = [];
  const frontGateway = find(input.measurements, 'front-page', 'gateway');
  const frontPeer = find(input.measurements, 'front-page', PEER_MEMORY);
  const mark = (ok: boolean) => (ok ? 'met' : '**not met**');
  if (frontGateway && frontPeer) {
    lines.push(
      `- Uncached front page CPU per response at or below Mercurius + graphql-jit from memory: ${fixed(frontGateway.cpuMsPerRequest, 3)} vs ${fixed(frontPeer.cpuMsPerRequest, 3)} ms — ${mark(frontGateway.cpuMsPerRequest <= frontPeer.cpuMsPerRequest)}`,
    );
  }
  for (const scenario of input.scenarios) {
    const gateway = find(input.measurements, scenario.name, 'gateway');
    const hand = find(input.measurements, scenario.name, HAND_STORE);
    const memory = find(input.measurements, scenario.name, HAND_MEMORY);
    if (!gateway || !hand) continue;
    const share = hand.cpuMsPerRequest / gateway.cpuMsPerRequest;
    lines.push(
      `- ${scenario.name}: gateway ≥ 70% of the hand-written server's efficiency (same store and loaders): ${percent(share)}` +
        `${memory ? ` (${percent(memory.cpuMsPerRequest / gateway.cpuMsPerRequest)} of the hand-written server from memory)` : ''} — ${mark(share >= 0.7)}`,
    );
  }
  const search = find(input.measurements, 'search', 'gateway');
  const searchBaseline = find(input.measurements, 'search', BASELINE);
  const searchCeiling = find(input.measurements, 'search', CEILING);
  const frontCeiling = find(input.measurements, 'front-page', CEILING);
  if (search && searchBaseline) {
    const times = searchBaseline.cpuMsPerRequest / search.cpuMsPerRequest;
    lines.push(`- Search ≥ 5× plain Apollo (by CPU per response): ${fixed(times, 2)}× — ${mark(times >= 5)}`);
  }
  if (search && searchCeiling && frontGateway && frontCeiling) {
    const searchShare = searchCeiling.cpuMsPerRequest / search.cpuMsPerRequest;
    const frontShare = frontCeiling.cpuMsPerRequest / frontGateway.cpuMsPerRequest;
    lines.push(`- Search's share of its ceiling (by CPU) at least half the front page's: ${percent(searchShare)} vs ${percent(frontShare)} — ${mark(searchShare >= frontShare / 2)}`);
  }
  return lines;
}

/** The results page: machine, date, settings, the tables and the goals. */
export function renderReport(input: ReportInput): string {
  const cpu = cpus();
  return [
    '# Benchmark results',
    '',
    `Written by \`npm run bench\` on ${input.date.toISOString()} (the whole run took ${fixed(input.totalSeconds, 0)} s).`,
    '',
    `- Machine: ${cpu.length} cores, ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GB RAM; Node.js ${process.version} on ${process.platform}.`,
    `- Load: autocannon on loopback, ${input.settings.connections} connections, ${input.settings.rounds} interleaved rounds of ${input.settings.durationSeconds} s per server and scenario, each round starting from the next server; medians over the rounds. Each server runs in its own process.`,
    '- Server CPU ms / request: user + system CPU time the server process spent per response (from /proc), which other load on this shared machine does not inflate the way it inflates wall-clock rates; "share of ceiling by CPU" is the ceiling\'s CPU per response divided by this server\'s.',
    `- Corpus: seed ${input.settings.seed}, ${input.corpus.articles} articles, ${input.corpus.mentions} mentions, ${input.corpus.quotes} quotes (${input.corpus.reportedQuotes} of them reported speech), ${input.corpus.people} people, ${input.corpus.organizations} organizations (generated in ${fixed(input.corpus.generationMs / 1000, 1)} s), SQLite store and the in-process entity service, as \`npm start\` runs them.`,
    '',
    '## Servers',
    '',
    ...input.targets.map((t) => `- \`${t.name}\`: ${t.description}`),
    '',
    '## Throughput and latency',
    '',
    ...resultsTable(input),
    '',
    '## Store statements and entity-service requests per operation',
    '',
    'Counted by running each operation once in-process and reading `ArticleStore.statementCount` and `EntityService.requestCount`.',
    '',
    ...costTable(input),
    '',
    '## Goals',
    '',
    ...goalLines(input),
    '',
    ...(input.notes.length > 0 ? ['## Notes', '', ...input.notes.map((n) => `- ${n}`), ''] : []),
  ].join('\n');
}
