import { type AuthDeps, canAnyoneSignIn, issueApiToken } from '../auth/service';

import { issueInvite } from '../auth/enrolment';

import type { IssuedInvite } from '../auth/issued';

import { hashToken } from '../crypto/server-keys';

import { DomainError, invalid } from '../platform/errors';

import { newSecretToken } from '../platform/ids';

import { anyProgramExists, createProgram, firstProgramId } from '../program/service';

import { addResponder, coordinatorIds } from '../responders/service';

import type { ResponderInput } from '../responders/types';

import { consumeSetupToken, replaceSetupToken } from './repo';

/**
 * First-time setup: a fresh install prints a one-time token; whoever holds it creates the program
 * and its first coordinator. It sits above auth, program and responders because it makes the first
 * of each, in one transaction.
 */
export type SetupDeps = AuthDeps;

const SETUP_TOKEN_LIFETIME_MS = 24 * 60 * 60 * 1000;

/**
 * On a fresh install, issues a one-time setup token (printed to the operator's terminal, stored
 * only hashed). Each start replaces any unused one, so an old printout stops working.
 * Returns undefined once a program exists.
 */
export async function issueSetupTokenIfNeeded(deps: SetupDeps): Promise<string | undefined> {
  if (await anyProgramExists(deps)) return undefined;
  const token = newSecretToken('setup');
  const now = deps.clock.now();
  await replaceSetupToken(deps.db, hashToken(token), now, now + SETUP_TOKEN_LIFETIME_MS);
  return token;
}

/**
 * Setup made the line, but the browser was closed before the first coordinator made their sign-in
 * (and the page asked for no API token): nobody can get in, and the setup link is spent. So at each
 * start, while no coordinator has a sign-in or a live API token, the first coordinator gets a fresh
 * invite, printed to the operator's terminal as the setup link was (the same trust: whoever reads
 * the server's output). Any unused older invite stops working.
 */
export async function inviteIfNobodyCanSignIn(
  deps: SetupDeps & { publicUrl: string },
): Promise<IssuedInvite | undefined> {
  const programId = await firstProgramId(deps);
  if (programId === undefined) return undefined;
  const coordinators = await coordinatorIds(deps, programId);
  const first = coordinators[0];
  if (first === undefined || (await canAnyoneSignIn(deps, coordinators))) return undefined;
  return issueInvite(deps, programId, first);
}

export interface SetupInput {
  token: string;
  programName: string;
  coordinator: Omit<ResponderInput, 'status'>;
  /**
   * An API token for the command line, shown once. The CLI's `kith setup` wants one; the web page
   * does not (the console offers one later, to a coordinator who asks), so no secret is minted
   * that nobody will see.
   */
  apiToken: boolean;
}

/**
 * Creates the program, its first coordinator, their invite to the console (the same one-time link
 * every teammate gets, so the first sign-in is made exactly as every other one is) and, if asked,
 * their API token — all or nothing.
 */
export async function completeSetup(deps: SetupDeps & { publicUrl: string }, input: SetupInput) {
  return deps.db.transaction().execute(async (trx) => {
    const inner = { ...deps, db: trx };
    if (!(await consumeSetupToken(trx, hashToken(input.token), deps.clock.now()))) {
      throw new DomainError(
        'unauthenticated',
        'That setup token is not valid, was already used, or has expired; restart Kith for a new one',
      );
    }
    const program = await within({ '/name': '/programName' }, () => createProgram(inner, { name: input.programName }));
    const roles = input.coordinator.roles.includes('coordinator')
      ? input.coordinator.roles
      : ['coordinator' as const, ...input.coordinator.roles];
    const coordinator = await within('/coordinator', () =>
      addResponder(inner, program.id, { ...input.coordinator, roles, status: 'active' }),
    );
    const invite = await issueInvite(inner, program.id, coordinator.id);
    const apiToken = input.apiToken ? await issueApiToken(inner, program.id, coordinator.id, 'setup') : {};
    return { programId: program.id, responderId: coordinator.id, invite, ...apiToken };
  });
}

/**
 * The program and responder services name fields in their own terms (`/name`, `/phone`); setup
 * re-points them into its own request body (`/programName`, `/coordinator/phone`), as schema
 * errors already are, so a client can show each problem beside the field it typed in.
 */
async function within<T>(path: string | Record<string, string>, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof DomainError) || error.code !== 'validation_failed') throw error;
    const moved = (field: string) => (typeof path === 'string' ? `${path}${field}` : (path[field] ?? field));
    throw invalid(error.fields.map((problem) => ({ ...problem, field: moved(problem.field) })));
  }
}
