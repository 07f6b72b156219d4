import type { Command, OptionSpec, OptionValues } from './command';

/** The API field a flag fills: declared beside it (`fills`), else its own name in camelCase (`--time-zone` → `/timeZone`). */
export function pointerOf(name: string, spec: OptionSpec): string {
  return spec.fills ?? `/${name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())}`;
}

/** Whether `pointer` is `field` or inside it, a whole segment at a time (`/hours/weekly/2/end` is inside `/hours/weekly`). */
const within = (pointer: string, field: string) => pointer === field || pointer.startsWith(`${field}/`);

/**
 * How to name an API field problem to the person at the terminal: the flag they typed, not the
 * JSON pointer. The flag filling the closest field wins; where several flags fill it (`--weekly`
 * and `--always`), the ones given; with no flag for the field, the pointer itself.
 */
export function flagFor(pointer: string, command: Command | undefined, given: OptionValues): string {
  const options = Object.entries(command?.options ?? {}).map(([name, spec]) => ({
    name,
    field: pointerOf(name, spec),
  }));
  const matching = options.filter((o) => within(pointer, o.field));
  const closest = Math.max(...matching.map((o) => o.field.length));
  const best = matching.filter((o) => o.field.length === closest);
  if (best.length === 0) return pointer;
  const typed = best.filter((o) => given[o.name] !== undefined);
  return (typed.length > 0 ? typed : best).map((o) => `--${o.name}`).join(' or ');
}
