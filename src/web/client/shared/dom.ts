/** Small typed helpers so page scripts fail loudly when the page and the script disagree. */

export function byId<T extends HTMLElement>(id: string, kind: { new (): T; prototype: T }): T {
  const element = document.getElementById(id);
  if (!(element instanceof kind)) throw new Error(`#${id} is missing or is not the expected kind of element`);
  return element;
}

/** The data a page was rendered with, from its `<script type="application/json">` block. */
export function pageData<T>(id: string): T {
  const parsed: unknown = JSON.parse(byId(id, HTMLScriptElement).textContent ?? 'null');
  return parsed as T;
}

/** Shows one of several panels, hiding the others. */
export function showOnly(visible: HTMLElement, all: readonly HTMLElement[]): void {
  for (const element of all) element.hidden = element !== visible;
}

/** Removes the fragment from the address bar (and so from history) without reloading. */
export function dropFragment(): void {
  if (location.hash) history.replaceState(history.state, '', location.pathname + location.search);
}
