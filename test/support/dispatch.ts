import { sweepDispatch } from '../../src/dispatch/sweep';
import { dispatchDepsOf } from '../../src/dispatch/types';
import { startLine, type Line, type LineOptions } from './line';
import type { DbKind } from './databases';

/** Fictional numbers (555-01xx is reserved for fiction in North America). */
export const PHONES = {
  Rita: '+12025550121', // asks for the team (phone shift)
  Ana: '+12025550122', // field, de-escalation
  Beto: '+12025550123', // field, Spanish, naloxone: the best fit for a Spanish naloxone response
  Cai: '+12025550124', // field
  Dee: '+12025550125', // field, first aid
  Sam: '+12025550126', // support
  Cora: '+12025550127', // coordinator on call
  Eve: '+12025550128', // field, but off shift
} as const;
export type Who = keyof typeof PHONES;

export interface DispatchLine extends Line {
  tokens: Record<Who, string>;
  /** The dispatch sweep, run as the server's job would after the test moved the clock; then the simulator delivers. */
  sweep(): Promise<Awaited<ReturnType<typeof sweepDispatch>>>;
  /** A responder's pager text, delivered and answered. */
  text(who: Who, body: string): Promise<void>;
  inbox(who: Who): string[];
}

export async function tokenFor(line: Line, responderId: string): Promise<string> {
  const made = await line.t.api<{ token: string }>('POST', '/api/tokens', { responderId, label: 'test' }, line.token);
  if (made.status !== 201) throw new Error(`token: ${made.status} ${JSON.stringify(made.body)}`);
  return made.body.token;
}

/**
 * A line with a field roster: four field responders on shift (one off), a support person, an on-call
 * coordinator and a phone responder who asks for teams. Teams of two by default.
 */
export async function startDispatchLine(
  kind: DbKind,
  options: LineOptions & { dispatch?: Record<string, unknown> } = {},
): Promise<DispatchLine> {
  const line = await startLine(kind, {
    ...options,
    program: {
      ...options.program,
      dispatch: { teamMin: 2, teamMax: 2, askMinutes: 3, formMinutes: 15, checkInMinutes: 30, ...options.dispatch },
    },
  });
  const field = { roles: ['field'], tier: 'primary' as const, shiftRole: 'field' as const };
  await line.addResponder({ name: 'Rita', phone: PHONES.Rita, roles: ['phone'], tier: 'primary' });
  await line.addResponder({ name: 'Ana', phone: PHONES.Ana, ...field, skills: ['de-escalation'] });
  await line.addResponder({
    name: 'Beto',
    phone: PHONES.Beto,
    ...field,
    languages: ['en', 'es'],
    skills: ['naloxone', 'de-escalation'],
  });
  await line.addResponder({ name: 'Cai', phone: PHONES.Cai, ...field });
  await line.addResponder({ name: 'Dee', phone: PHONES.Dee, ...field, skills: ['first-aid'] });
  await line.addResponder({
    name: 'Sam',
    phone: PHONES.Sam,
    roles: ['support'],
    tier: 'primary',
    shiftRole: 'support',
  });
  await line.addResponder({
    name: 'Cora',
    phone: PHONES.Cora,
    roles: ['coordinator'],
    tier: 'primary',
    shiftRole: 'coordinator',
  });
  await line.addResponder({
    name: 'Eve',
    phone: PHONES.Eve,
    roles: ['field'],
    skills: ['naloxone'],
    languages: ['es'],
  });
  const tokens = {} as Record<Who, string>;
  for (const who of Object.keys(PHONES) as Who[]) tokens[who] = await tokenFor(line, line.ids[who] ?? '');
  const deps = dispatchDepsOf(line.t.kith.ctx);
  return {
    ...line,
    tokens,
    async sweep() {
      const report = await sweepDispatch(deps);
      await line.sim.runUntilIdle();
      return report;
    },
    async text(who, body) {
      line.sim.phone(PHONES[who]).text(body);
      await line.sim.runUntilIdle();
    },
    inbox(who) {
      return line.sim.inbox(PHONES[who]).map((t) => t.body);
    },
  };
}

/** What the console sends for a crisis visit, with the person's consent; override what a test is about. */
export function visit(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    source: null,
    urgency: 'crisis',
    needs: ['de-escalation'],
    language: null,
    agreed: ['visit'],
    brief: null,
    ...overrides,
  };
}
