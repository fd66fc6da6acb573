/**
 * The house's import rules, checked by `npm run check:imports` (part of `npm test`):
 *
 * - no import cycle between files;
 * - imports run one way, down the order below: a file may import files of its own folder and of
 *   folders listed after it, never of one listed before it. As the order is total, no two
 *   folders can import each other, directly or around a loop: there is no cycle between folders;
 * - every file of src/ belongs to a listed folder (a new folder takes its place in the order);
 * - ingestion sits below the API: only the CLI and the server's start-up wiring import it.
 *
 * Type-only imports count: a cycle of types is still two files that cannot be read apart.
 * (dependency-cruiser's own folder-scope cycle rule is not used: it folds every folder into
 * its parents, so `src` as a whole and `resolvers/` would always form a loop.)
 */

/**
 * The folders, top first, in groups for reading. Within a group the order matters too:
 * a folder may import only those after it.
 */
const LAYERS = [
  { name: 'commands', folders: ['src/cli'] },
  { name: 'HTTP server and start-up wiring', folders: ['src/server'] },
  { name: 'federation and subscriptions', folders: ['src/federation', 'src/subscriptions'] },
  { name: 'the executable schema', folders: ['src/graphql'] },
  {
    name: 'request plugins and execution',
    folders: ['src/sample', 'src/observability', 'src/execution', 'src/cache', 'src/persisted-queries', 'src/rate-limit', 'src/limits'],
  },
  { name: 'resolvers', folders: ['resolvers'] },
  { name: 'schema classes', folders: ['schema'] },
  { name: 'per-request context', folders: ['src/context'] },
  { name: 'loaders', folders: ['src/loaders'] },
  { name: 'keys and roles', folders: ['src/auth'] },
  { name: 'ingestion', folders: ['src/ingest'] },
  { name: 'editing', folders: ['src/editing'] },
  { name: 'events', folders: ['src/events'] },
  { name: 'stores', folders: ['src/store', 'src/entities'] },
  { name: 'shared', folders: ['src/records', 'src/db', 'src/http', 'src/lane-contract', 'src/config', 'src/types'] },
];

/** Files directly in src/ (errors, ids, logger, lru-map): the floor every folder may use. */
const FLOOR = '^src/[^/]+\\.ts$';

const ORDER = LAYERS.flatMap((layer) => layer.folders.map((folder) => ({ folder, layer: layer.name })));

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const under = (folders) => `^(${folders.map(escape).join('|')})/`;

const upwardRules = ORDER.slice(1).map(({ folder, layer }, index) => ({
  name: 'no-upward-import',
  comment: `${folder} (${layer}) may not import a folder above it: ${ORDER.slice(0, index + 1).map((upper) => upper.folder).join(', ')}`,
  severity: 'error',
  from: { path: under([folder]) },
  to: { path: under(ORDER.slice(0, index + 1).map((upper) => upper.folder)) },
}));

module.exports = {
  forbidden: [
    {
      name: 'no-file-cycle',
      comment: 'Files import each other in a loop: move what both need into a file of its own.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    ...upwardRules,
    {
      name: 'floor-imports-nothing-above',
      comment: 'The files directly in src/ are the floor: they import only each other and packages.',
      severity: 'error',
      from: { path: FLOOR },
      to: { path: '^(src/.+/|resolvers/|schema/)' },
    },
    {
      name: 'folder-in-the-order',
      comment: 'Every folder of src/ has its place in the order above (.dependency-cruiser.cjs).',
      severity: 'error',
      from: { path: '^src/.+/', pathNot: under(ORDER.map(({ folder }) => folder)) },
      to: {},
    },
    {
      name: 'ingestion-below-the-api',
      comment: 'Only the CLI and the server start-up wiring run ingestion; the API reaches it through Services.ingest.',
      severity: 'error',
      from: { path: '^(src|resolvers|schema)/', pathNot: '^(src/ingest/|src/cli/|src/server/app\\.ts$)' },
      to: { path: '^src/ingest/' },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|node_modules|coverage)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    moduleSystems: ['cjs', 'es6'],
    // Package subpaths (graphql-ws/use/ws) resolve through package.json "exports", as Node does.
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['require', 'node', 'default'] },
  },
};
