/**
 * Reads the source tree the way a newcomer would check the house rules (docs/ARCHITECTURE.md):
 * which file imports which, and which files build SQL. test/architecture.test.ts asserts on it;
 * `npx tsx scripts/architecture.ts` prints what breaks a rule while you work.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

export const ROOT = resolve(import.meta.dirname, '../..');
const SRC = join(ROOT, 'src');

export interface SourceFile {
  /** Relative to the repository, with forward slashes: `src/calls/repo.ts`. */
  readonly path: string;
  readonly text: string;
  /** Relative imports resolved to repository paths (without extension), plus bare package names. */
  readonly imports: readonly string[];
}

/** Test code may query and import what it likes: it checks the tree, it is not part of it. */
function isTestCode(path: string): boolean {
  return /\.test\.tsx?$/.test(path) || /(^|\/)test-fixtures\.ts$/.test(path) || path.endsWith('/e2e-testing.ts');
}

function walk(dir: string, out: string[]): string[] {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) walk(full, out);
    else if (/\.tsx?$/.test(name)) out.push(full);
  }
  return out;
}

const toPosix = (p: string): string => p.split(sep).join('/');

/** Every non-test TypeScript file under src/, with its imports. */
export function readSources(): SourceFile[] {
  return walk(SRC, [])
    .map((full) => ({ full, path: toPosix(relative(ROOT, full)) }))
    .filter(({ path }) => !isTestCode(path))
    .map(({ full, path }) => {
      const text = readFileSync(full, 'utf8');
      const imports = ts
        .preProcessFile(text, true, true)
        .importedFiles.map(({ fileName }) =>
          fileName.startsWith('.')
            ? toPosix(relative(ROOT, resolve(dirname(full), fileName))).replace(/\.(js|ts|tsx)$/, '')
            : fileName,
        );
      return { path, text, imports };
    });
}

// ---------------------------------------------------------------------------------------------
// Rule 1: only repos know SQL.

/** Kysely's query builders and its raw `sql` tag. */
const SQL =
  /\.(selectFrom|insertInto|updateTable|deleteFrom|replaceInto|mergeInto)\(|\bsql(`|<|\.(raw|ref|table|id|lit|join)\()/g;

/**
 * Jobs that act on the whole database at once, and so cannot belong to one capability's repo.
 * Each says so at the top of its file (checked), so a reader knows why SQL is there.
 */
export const WHOLE_DATABASE_JOBS: readonly string[] = [
  'src/burn/',
  'src/retention/purge.ts',
  'src/backup/',
  'src/holdings/',
  'src/db/',
  'src/live/postgres-hub.ts',
];
export const WHOLE_DATABASE_MARK = 'Whole-database job';

export function isRepo(path: string): boolean {
  return /\/repo\.ts$/.test(path) || /\/repo\/[^/]+\.ts$/.test(path);
}

export function isWholeDatabaseJob(path: string): boolean {
  return WHOLE_DATABASE_JOBS.some((prefix) => path === prefix || (prefix.endsWith('/') && path.startsWith(prefix)));
}

export function queriesOutsideRepos(files: readonly SourceFile[]): string[] {
  return files
    .filter((f) => !isRepo(f.path) && !isWholeDatabaseJob(f.path))
    .map((f) => ({ path: f.path, count: (f.text.match(SQL) ?? []).length }))
    .filter(({ count }) => count > 0)
    .map(({ path, count }) => `${path}: ${count} quer${count === 1 ? 'y' : 'ies'} outside a repo`);
}

/** A whole-database job that builds SQL must say so in its opening comment. */
export function unmarkedWholeDatabaseJobs(files: readonly SourceFile[]): string[] {
  return files
    .filter((f) => isWholeDatabaseJob(f.path) && !f.path.startsWith('src/db/') && !isRepo(f.path))
    .filter((f) => (f.text.match(SQL) ?? []).length > 0 && !f.text.slice(0, 1500).includes(WHOLE_DATABASE_MARK))
    .map((f) => `${f.path}: builds SQL outside a repo but does not say "${WHOLE_DATABASE_MARK}" at the top`);
}

// ---------------------------------------------------------------------------------------------
// Rule 2: HTTP stays at the edge.

/** Files that may speak HTTP: the server's edge, the web pages, the phone adapters and the composition root. */
export function mayUseFastify(path: string): boolean {
  return (
    /(^|\/)routes\.ts$/.test(path) ||
    /\/routes\/[^/]+\.ts$/.test(path) ||
    /\/route-[^/]+\.ts$/.test(path) ||
    path.startsWith('src/http/') ||
    path.startsWith('src/web/') ||
    isAdapter(path) ||
    /^src\/[^/]+\.ts$/.test(path)
  );
}

/** Code that speaks one provider's protocol (or fakes it). */
export function isAdapter(path: string): boolean {
  return /^src\/telephony\/(?!plan|provider|voice-routes)[^/]+\//.test(path) || path.startsWith('src/simulator/');
}

export function fastifyOutsideTheEdge(files: readonly SourceFile[]): string[] {
  return files
    .filter((f) => !mayUseFastify(f.path) && f.imports.some((i) => i === 'fastify' || i.startsWith('@fastify/')))
    .map((f) => `${f.path}: imports fastify, but only routes, http/, web/ and the adapters may`);
}

// ---------------------------------------------------------------------------------------------
// Rule 3: the domain never reaches for an adapter or the web layer.

const isWebLayer = (target: string): boolean => target.startsWith('src/web/') || target.startsWith('src/http/');

/** Domain code: a capability's files that are not its HTTP edge, its wire schemas, or an adapter. */
export function isDomain(path: string): boolean {
  if (!path.startsWith('src/') || /^src\/[^/]+\.ts$/.test(path)) return false;
  const top = path.split('/')[1] ?? '';
  if (['http', 'web', 'simulator', 'cli', 'demo', 'platform', 'db', 'i18n'].includes(top)) return false;
  if (isAdapter(path) || mayUseFastify(path)) return false;
  // Wire schemas describe the HTTP contract, so they may use http/'s schema helpers.
  return !/(^|\/)schema\.ts$/.test(path) && !/\/schema\/[^/]+\.ts$/.test(path);
}

export function domainReachingOut(files: readonly SourceFile[]): string[] {
  const out: string[] = [];
  for (const f of files.filter((f) => isDomain(f.path))) {
    for (const target of f.imports) {
      if (isAdapter(target + '.ts')) out.push(`${f.path}: a domain file imports the adapter ${target}`);
      else if (isWebLayer(target)) out.push(`${f.path}: a domain file imports the web layer ${target}`);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Rule 4: a repo belongs to its folder.

/** The folder a repo serves: `src/care/follow-ups` for `src/care/follow-ups/repo.ts` or `.../repo/x.ts`. */
function repoOwner(target: string): string | undefined {
  const m = /^(src\/.+?)\/repo(\/[^/]+)?$/.exec(target);
  return m?.[1];
}

export function reposFromElsewhere(files: readonly SourceFile[]): string[] {
  const out: string[] = [];
  for (const f of files) {
    for (const target of f.imports) {
      const owner = repoOwner(target);
      if (owner !== undefined && !f.path.startsWith(owner + '/'))
        out.push(`${f.path}: imports ${target}; call ${owner}'s service instead`);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Rule 5: no cycles between folders.

/** The capability a file belongs to: its top folder under src/, or undefined for the composition root. */
export function folderOf(path: string): string | undefined {
  const parts = path.split('/');
  return parts[0] === 'src' && parts.length > 2 ? parts[1] : undefined;
}

export function folderGraph(files: readonly SourceFile[]): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const f of files) {
    const from = folderOf(f.path);
    if (from === undefined) continue;
    if (!graph.has(from)) graph.set(from, new Set());
    for (const target of f.imports) {
      const to = target.startsWith('src/') ? folderOf(target + '.ts') : undefined;
      if (to !== undefined && to !== from) graph.get(from)?.add(to);
    }
  }
  return graph;
}

/** Groups of folders that import each other, round and round (Tarjan's strongly connected components). */
export function folderCycles(graph: Map<string, Set<string>>): string[][] {
  let index = 0;
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (v: string): void => {
    order.set(v, index);
    low.set(v, index);
    index += 1;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!order.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) ?? 0, low.get(w) ?? 0));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) ?? 0, order.get(w) ?? 0));
    }
    if (low.get(v) === order.get(v)) {
      const group: string[] = [];
      let w: string | undefined;
      do {
        w = stack.pop();
        if (w === undefined) break;
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1) cycles.push(group.sort());
    }
  };
  for (const v of [...graph.keys()].sort()) if (!order.has(v)) visit(v);
  return cycles;
}

/** One import path that closes a cycle, for the message: `a -> b -> a` with the files that do it. */
export function explainCycle(group: readonly string[], files: readonly SourceFile[]): string {
  const members = new Set(group);
  const edges: string[] = [];
  for (const f of files) {
    const from = folderOf(f.path);
    if (from === undefined || !members.has(from)) continue;
    for (const target of f.imports) {
      const to = target.startsWith('src/') ? folderOf(target + '.ts') : undefined;
      if (to !== undefined && to !== from && members.has(to)) edges.push(`${f.path} -> ${target}`);
    }
  }
  return `${group.join(' <-> ')}:\n    ${edges.join('\n    ')}`;
}

/** Every broken rule, in one list (empty when the tree keeps them all). */
export function allViolations(files: readonly SourceFile[] = readSources()): string[] {
  return [
    ...queriesOutsideRepos(files),
    ...unmarkedWholeDatabaseJobs(files),
    ...fastifyOutsideTheEdge(files),
    ...domainReachingOut(files),
    ...reposFromElsewhere(files),
    ...folderCycles(folderGraph(files)).map((group) => `cycle ${explainCycle(group, files)}`),
  ];
}
