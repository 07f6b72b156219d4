import type { Kysely } from 'kysely';
import { ROLES } from './types';
import type { ServerKeys } from '../crypto/server-keys';
import type { Database } from '../db/schema';
import type { Clock } from '../platform/clock';
import { DomainError, invalid, notFound, type FieldProblem } from '../platform/errors';
import { controlProblem } from '../platform/text';
import { newId } from '../platform/ids';
import { toE164 } from '../platform/phone';
import { getProgram } from '../program/service';
import type { Program } from '../program/types';
import {
  deleteResponderRow,
  findActiveResponderIdByPhoneIndex,
  findResponderRow,
  insertResponder,
  listResponderRows,
  reachableAmong as reachableRows,
  responderFromRow,
  shiftsHeldInRoles,
  signInStates,
  type SignInState,
  updateResponderRow,
  type ForgetReadsOfNotes,
} from './repo';
import type { Reachable, Responder, ResponderInput, Role } from './types';

export type { ForgetReadsOfNotes } from './repo';

export interface ResponderDeps {
  db: Kysely<Database>;
  clock: Clock;
  keys: ServerKeys;
}

/** Roles that get rung or sent out need a phone number; a coordinator-only member may have none. */
const NEEDS_PHONE = new Set(['phone', 'field', 'support']);

function normalise(program: Program, input: ResponderInput): ResponderInput {
  const problems: FieldProblem[] = [];
  const name = input.name.trim();
  if (name === '') problems.push({ field: '/name', message: 'must not be empty' });
  // A name reaches teammates' texts ("taken by Ana") and pages: one line of plain text.
  const nameProblem = controlProblem('/name', name, true);
  if (nameProblem) problems.push(nameProblem);
  let phone: string | null = null;
  if (input.phone !== null && input.phone.trim() !== '') {
    phone = toE164(input.phone, program.defaultCountry) ?? null;
    // The message never repeats the number: errors reach logs and screens.
    if (!phone)
      problems.push({
        field: '/phone',
        message: `is not a valid phone number for ${program.defaultCountry}; for another country start it with + and the country code`,
      });
    else if (phone === program.phoneNumber)
      problems.push({ field: '/phone', message: 'is the community number itself' });
  } else if (input.roles.some((r) => NEEDS_PHONE.has(r))) {
    problems.push({ field: '/phone', message: 'is required for the phone, field and support roles' });
  }
  if (input.roles.length === 0)
    problems.push({ field: '/roles', message: `must include at least one of ${ROLES.join(', ')}` });
  if (new Set(input.roles).size !== input.roles.length)
    problems.push({ field: '/roles', message: 'must not list a role twice' });
  if (input.languages.length === 0)
    problems.push({ field: '/languages', message: 'must list at least one language the responder speaks' });
  input.languages.forEach((language, i) => {
    if (!/^[a-z]{2,3}(-[A-Z]{2})?$/.test(language))
      problems.push({ field: `/languages/${i}`, message: 'must be a language code such as en or es' });
  });
  const skills = input.skills ?? [];
  skills.forEach((skill, i) => {
    if (!program.dispatch.needs.includes(skill))
      problems.push({
        field: `/skills/${i}`,
        message: `must be one of the program’s needs: ${program.dispatch.needs.join(', ')}`,
      });
  });
  if (problems.length > 0) throw invalid(problems);
  return { ...input, name, phone, languages: [...new Set(input.languages)], skills: [...new Set(skills)] };
}

export async function addResponder(deps: ResponderDeps, programId: string, input: ResponderInput): Promise<Responder> {
  const program = await getProgram(deps, programId);
  const clean = normalise(program, input);
  const id = newId('rsp');
  const now = deps.clock.now();
  await insertResponder(deps.db, deps.keys, { id, programId, input: clean, now });
  return { id, programId, ...clean, skills: clean.skills ?? [], onBreakSince: null, createdAt: now, updatedAt: now };
}

export async function getResponder(deps: ResponderDeps, programId: string, id: string): Promise<Responder> {
  const row = await findResponderRow(deps.db, programId, id);
  if (!row) throw notFound('Responder');
  return responderFromRow(row, deps.keys);
}

export async function listResponders(deps: ResponderDeps, programId: string): Promise<Responder[]> {
  const rows = await listResponderRows(deps.db, programId);
  return rows.map((row) => responderFromRow(row, deps.keys));
}

/** The program's coordinators' ids, earliest first (no numbers are decrypted for this). */
export async function coordinatorIds(deps: Pick<ResponderDeps, 'db'>, programId: string): Promise<string[]> {
  const rows = await listResponderRows(deps.db, programId);
  return rows.filter((row) => (JSON.parse(row.roles) as Role[]).includes('coordinator')).map((row) => row.id);
}

/**
 * Of `ids` (people on call, as shifts/ reads them), whoever can be reached now: active, not on break
 * (a break with an end is over once it passes), oldest first. Texting and dispatch both choose from this.
 */
export const reachableAmong = (
  deps: Pick<ResponderDeps, 'db'>,
  programId: string,
  ids: readonly string[],
  now: number,
): Promise<Reachable[]> => reachableRows(deps.db, programId, ids, now);

/** For the coordinator's roster: whether each person has been invited or has set up sign-in. */
export async function rosterSignInStates(
  deps: Pick<ResponderDeps, 'db' | 'clock'>,
  programId: string,
): Promise<Map<string, SignInState>> {
  return signInStates(deps.db, programId, deps.clock.now());
}

export async function changeResponder(
  deps: ResponderDeps,
  programId: string,
  id: string,
  patch: Partial<ResponderInput>,
): Promise<Responder> {
  const current = await getResponder(deps, programId, id);
  const program = await getProgram(deps, programId);
  const clean = normalise(program, {
    name: patch.name ?? current.name,
    phone: patch.phone === undefined ? current.phone : patch.phone,
    languages: patch.languages ?? current.languages,
    roles: patch.roles ?? current.roles,
    skills: patch.skills ?? current.skills,
    status: patch.status ?? current.status,
  });
  const now = deps.clock.now();
  const dropped = current.roles.filter((role) => !clean.roles.includes(role));
  const held = await shiftsHeldInRoles(deps.db, id, dropped, now);
  if (held > 0) {
    // A shift in a role the person no longer has would silently never ring: ask for it to be moved first.
    throw new DomainError(
      'conflict',
      `${current.name} still has ${held} shift(s) as ${dropped.join(' or ')}; move or remove them first`,
      [{ field: '/roles', message: `still has shifts as ${dropped.join(' or ')}` }],
    );
  }
  await updateResponderRow(deps.db, deps.keys, { id, programId, input: clean, now });
  return { ...current, ...clean, skills: clean.skills ?? [], updatedAt: now };
}

export async function removeResponder(
  deps: ResponderDeps & { forgetReads: ForgetReadsOfNotes },
  programId: string,
  id: string,
): Promise<void> {
  if (!(await deleteResponderRow(deps.db, programId, id, deps.forgetReads))) throw notFound('Responder');
}

/** The active responder texting from `phone` (E.164), if it is one of theirs: their texts are commands. */
export const activeResponderByPhone = (
  deps: Pick<ResponderDeps, 'db' | 'keys'>,
  programId: string,
  phone: string,
): Promise<string | undefined> =>
  findActiveResponderIdByPhoneIndex(deps.db, programId, deps.keys.index('phone', phone));
