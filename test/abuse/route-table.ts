import type { FastifyInstance } from 'fastify';

export interface RouteEntry {
  method: string;
  /** As registered, e.g. /api/conversations/:id/claim. */
  path: string;
}

/**
 * Every route the running app registered, read from Fastify's own table (`printRoutes`), so a route
 * added later is fuzzed without anyone listing it. HEAD is Fastify's echo of GET and is left out.
 */
export function routeTable(app: FastifyInstance): RouteEntry[] {
  const parents: string[] = [];
  const routes: RouteEntry[] = [];
  for (const line of app.printRoutes({ commonPrefix: false }).split('\n')) {
    const match = /^((?:│ {3}| {4})*)(?:├── |└── )(.+?)(?: \(([A-Z, ]+)\))?$/.exec(line);
    if (!match) continue;
    const depth = (match[1] ?? '').length / 4;
    const path = (depth === 0 ? '' : (parents[depth - 1] ?? '')) + (match[2] ?? '');
    parents[depth] = path;
    parents.length = depth + 1;
    for (const method of (match[3] ?? '').split(', '))
      if (method !== '' && method !== 'HEAD') routes.push({ method, path });
  }
  return routes;
}
