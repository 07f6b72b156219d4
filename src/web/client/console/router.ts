/**
 * A small History API router: the console is one page, so the private key in memory survives
 * moving between views. Links with `data-route` are followed without reloading.
 */
export interface Route {
  name: RouteName;
  /** Path parameters, e.g. a note's id. */
  params: Record<string, string>;
  query: URLSearchParams;
}

export type RouteName =
  | 'join'
  | 'signIn'
  | 'home'
  | 'notes'
  | 'newNote'
  | 'note'
  | 'texts'
  | 'conversation'
  | 'plan'
  | 'team'
  | 'week'
  | 'settings'
  | 'live'
  | 'devices'
  | 'field'
  | 'askTeam'
  | 'fieldAfter'
  | 'fieldEvaluation'
  | 'fieldResponse'
  | 'members'
  | 'memberPlans'
  | 'calendar'
  | 'load'
  | 'swaps'
  | 'notFound';

const PATTERNS: [RouteName, RegExp][] = [
  ['join', /^\/join$/],
  ['signIn', /^\/sign-in$/],
  ['home', /^\/console\/?$/],
  ['notes', /^\/console\/notes$/],
  ['newNote', /^\/console\/notes\/new$/],
  ['note', /^\/console\/notes\/(?<id>[A-Za-z0-9_-]{1,64})$/],
  ['texts', /^\/console\/texts$/],
  ['conversation', /^\/console\/texts\/(?<id>[A-Za-z0-9_-]{1,64})$/],
  ['plan', /^\/console\/plan$/],
  ['team', /^\/console\/team$/],
  ['week', /^\/console\/week$/],
  ['settings', /^\/console\/settings$/],
  ['live', /^\/console\/live$/],
  ['devices', /^\/console\/devices$/],
  ['field', /^\/console\/field$/],
  ['askTeam', /^\/console\/field\/new$/],
  ['fieldAfter', /^\/console\/field\/after$/],
  ['fieldEvaluation', /^\/console\/field\/evaluation$/],
  ['fieldResponse', /^\/console\/field\/(?<id>[A-Za-z0-9_-]{1,64})$/],
  ['members', /^\/console\/members$/],
  ['memberPlans', /^\/console\/members\/plans$/],
  ['calendar', /^\/console\/calendar$/],
  ['load', /^\/console\/load$/],
  ['swaps', /^\/console\/swaps$/],
];

export function routeOf(location: { pathname: string; search: string }): Route {
  const query = new URLSearchParams(location.search);
  for (const [name, pattern] of PATTERNS) {
    const match = pattern.exec(location.pathname);
    if (match) return { name, params: { ...(match.groups ?? {}) }, query };
  }
  return { name: 'notFound', params: {}, query };
}

const listeners = new Set<(route: Route) => void>();

export function onNavigate(listener: (route: Route) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function navigate(path: string, options: { replace?: boolean } = {}): void {
  if (options.replace) history.replaceState(null, '', path);
  else history.pushState(null, '', path);
  const route = routeOf(location);
  for (const listener of listeners) listener(route);
}

/** Follows in-console links without a reload; modified clicks (new tab) are left to the browser. */
export function interceptLinks(root: HTMLElement): void {
  root.addEventListener('click', (event) => {
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.ctrlKey ||
      event.metaKey ||
      event.shiftKey ||
      event.altKey
    )
      return;
    const link = event.target instanceof Element ? event.target.closest('a[data-route]') : null;
    if (!(link instanceof HTMLAnchorElement) || link.origin !== location.origin) return;
    event.preventDefault();
    navigate(link.pathname + link.search);
  });
  window.addEventListener('popstate', () => {
    const route = routeOf(location);
    for (const listener of listeners) listener(route);
  });
}
