/**
 * The house rules in docs/ARCHITECTURE.md, checked on the real tree. Each rule also has a test on a
 * small made-up tree that breaks it, so a check that could never fail would be noticed.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ROOT,
  domainReachingOut,
  fastifyOutsideTheEdge,
  folderCycles,
  folderGraph,
  queriesOutsideRepos,
  readSources,
  reposFromElsewhere,
  unmarkedWholeDatabaseJobs,
  type SourceFile,
} from './support/architecture';

const tree = readSources();

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? [path, ...filesUnder(path)] : [path];
  });
}

function readmesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return readmesUnder(path);
    return name === 'README.md' ? [path] : [];
  });
}

/** A made-up file for the rule's own tests: imports are repository paths, as readSources gives them. */
const file = (path: string, text: string, imports: string[] = []): SourceFile => ({ path, text, imports });

describe('the house rules, on the real tree', () => {
  it('keeps SQL in repos (whole-database jobs are named, and say so at their top)', () => {
    expect(queriesOutsideRepos(tree)).toEqual([]);
    expect(unmarkedWholeDatabaseJobs(tree)).toEqual([]);
  });

  it('keeps fastify at the edge: routes, http/, web/, the adapters and the composition root', () => {
    expect(fastifyOutsideTheEdge(tree)).toEqual([]);
  });

  it('keeps the domain from reaching for the web layer or a provider adapter', () => {
    expect(domainReachingOut(tree)).toEqual([]);
  });

  it('lets only its own folder import a repo', () => {
    expect(reposFromElsewhere(tree)).toEqual([]);
  });

  it('has no cycle between folders', () => {
    expect(folderCycles(folderGraph(tree))).toEqual([]);
  });

  it('maps every folder under src/ in docs/ARCHITECTURE.md, and every path it names exists', () => {
    const map = readFileSync(join(ROOT, 'docs/ARCHITECTURE.md'), 'utf8');
    const topFolders = readdirSync(join(ROOT, 'src')).filter((name) => statSync(join(ROOT, 'src', name)).isDirectory());
    expect(topFolders.filter((name) => !map.includes(`src/${name}/`))).toEqual([]);
    const named = [...map.matchAll(/`((?:src|test|docs|deploy|scripts|bench)\/[\w./-]*)`/g)].map((m) => m[1] ?? '');
    expect(named.length).toBeGreaterThan(20);
    expect(named.filter((path) => !existsSync(join(ROOT, path.replace(/\/$/, ''))))).toEqual([]);
  });

  it('names only source files that exist, in comments and strings across src/', () => {
    const stale = tree.flatMap((f) =>
      [...f.text.matchAll(/\bsrc\/[a-z0-9/-]+\.tsx?\b/g)]
        .map((m) => m[0])
        .filter((path) => !existsSync(join(ROOT, path)))
        .map((path) => `${f.path}: ${path}`),
    );
    expect(stale).toEqual([]);
  });

  it('only imports downward, in the order of layers docs/ARCHITECTURE.md gives', () => {
    const map = readFileSync(join(ROOT, 'docs/ARCHITECTURE.md'), 'utf8');
    const layering = /\(bottom → top\):([\s\S]*?)The root files/.exec(map)?.[1] ?? '';
    const layers = layering.split('→').map((layer) => layer.split(',').map((name) => name.replace(/[\s.]/g, '')));
    const rank = new Map(layers.flatMap((names, index) => names.map((name) => [name, index] as const)));
    const graph = folderGraph(tree);
    expect([...graph.keys()].filter((folder) => !rank.has(folder))).toEqual([]);
    const upward = [...graph].flatMap(([from, targets]) =>
      [...targets].filter((to) => (rank.get(to) ?? 0) > (rank.get(from) ?? 0)).map((to) => `${from} -> ${to}`),
    );
    expect(upward).toEqual([]);
  });

  it('keeps docs/ARCHITECTURE.md a short map (under 8 KB); detail lives in each folder’s README', () => {
    expect(readFileSync(join(ROOT, 'docs/ARCHITECTURE.md')).byteLength).toBeLessThan(8 * 1024);
  });

  it('names only files that exist in each folder’s README (in its folder or below, or from the repository root)', () => {
    const readmes = readmesUnder(join(ROOT, 'src'));
    expect(readmes.length).toBeGreaterThan(8);
    const stale: string[] = [];
    for (const readme of readmes) {
      const folder = dirname(readme);
      const text = readFileSync(readme, 'utf8');
      for (const [, name] of text.matchAll(/`([\w./-]+\.tsx?|[\w-]+\/)`/g)) {
        if (name === undefined || name.includes('*')) continue;
        const candidates = [join(folder, name), join(ROOT, name), join(ROOT, 'src', name)];
        // A README may name a file of one of its subfolders by its own name, under that subfolder's heading.
        const below = filesUnder(folder).some((path) => path.endsWith(`/${name.replace(/\/$/, '')}`));
        if (!below && !candidates.some((path) => existsSync(path)))
          stale.push(`${readme.slice(ROOT.length + 1)}: ${name}`);
      }
    }
    expect(stale).toEqual([]);
  });
});

describe('each check catches what it is for', () => {
  it('finds a query outside a repo, and an unmarked whole-database job', () => {
    const tree = [
      file('src/calls/ringing.ts', "await db.selectFrom('calls').selectAll().execute();"),
      file('src/calls/repo.ts', "await db.selectFrom('calls').selectAll().execute();"),
      file('src/burn/burn.ts', "/** Destroys keys. */\nawait db.deleteFrom('sessions').execute();"),
      file(
        'src/burn/other.ts',
        '/** Whole-database job: it must reach every table. */\nawait sql`VACUUM`.execute(db);',
      ),
    ];
    expect(queriesOutsideRepos(tree)).toEqual(['src/calls/ringing.ts: 1 query outside a repo']);
    expect(unmarkedWholeDatabaseJobs(tree)).toEqual([expect.stringContaining('src/burn/burn.ts')]);
  });

  it('finds fastify in a domain file, but not in routes, http/ or an adapter', () => {
    const tree = [
      file('src/calls/ringing.ts', '', ['fastify']),
      file('src/calls/routes.ts', '', ['fastify']),
      file('src/http/errors.ts', '', ['fastify']),
      file('src/telephony/twilio/webhooks.ts', '', ['fastify']),
    ];
    expect(fastifyOutsideTheEdge(tree)).toEqual([expect.stringContaining('src/calls/ringing.ts')]);
  });

  it('finds a domain file importing the web layer or an adapter', () => {
    const tree = [
      file('src/calls/ringing.ts', '', ['src/telephony/twilio/twiml', 'src/web/html', 'src/telephony/plan']),
      file('src/calls/routes.ts', '', ['src/http/typed']),
    ];
    expect(domainReachingOut(tree)).toEqual([
      expect.stringContaining('adapter src/telephony/twilio/twiml'),
      expect.stringContaining('web layer src/web/html'),
    ]);
  });

  it('finds a repo imported from another folder, but not from its own or a subfolder', () => {
    const tree = [
      file('src/chat/service.ts', '', ['src/conversations/repo']),
      file('src/conversations/inbound.ts', '', ['src/conversations/repo']),
      file('src/care/follow-ups/reach.ts', '', ['src/care/repo']),
    ];
    expect(reposFromElsewhere(tree)).toEqual([expect.stringContaining('src/chat/service.ts')]);
  });

  it('finds a cycle between folders, however long, and ignores the composition root', () => {
    const tree = [
      file('src/a/x.ts', '', ['src/b/y']),
      file('src/b/y.ts', '', ['src/c/z']),
      file('src/c/z.ts', '', ['src/a/x']),
      file('src/d/w.ts', '', ['src/a/x']),
      file('src/app.ts', '', ['src/d/w']),
      file('src/d/v.ts', '', ['src/context']),
    ];
    expect(folderCycles(folderGraph(tree))).toEqual([['a', 'b', 'c']]);
  });
});
