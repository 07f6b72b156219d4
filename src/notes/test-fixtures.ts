import { randomUUID } from 'node:crypto';
import { keyId, ready, sealRecord, type Identity, type SealedRecord } from '../crypto/e2e';
import { issueApiToken } from '../auth/service';
import { newId } from '../platform/ids';
import { createProgram } from '../program/service';
import { addResponder } from '../responders/service';
import { join, makeEnrolment, type Browser, type Enrolment } from '../../test/support/console-client';
import type { TestKith } from '../../test/support/kith';
import type { NoteView } from './service';

/** Test helpers for notes: enrolled teammates with real key pairs, and notes sealed the way the console seals them. */

export interface Member {
  id: string;
  browser: Browser;
  identity: Identity;
  enrolment: Enrolment;
}

export interface ErrorBody {
  error: { code: string; message: string; fields?: { field: string; message: string }[] };
}

/** The console's identity from what the browser made at enrolment. */
export async function identityOf(enrolment: Enrolment): Promise<Identity> {
  await ready();
  return { keyId: keyId(enrolment.publicKey), publicKey: enrolment.publicKey, secretKey: enrolment.privateKey };
}

export async function enrol(t: TestKith, coordinatorToken: string, id: string, signInName: string): Promise<Member> {
  const enrolment = await makeEnrolment(signInName, `${signInName} walks by the river at dawn`);
  const browser = await join(t, coordinatorToken, id, enrolment);
  return { id, browser, identity: await identityOf(enrolment), enrolment };
}

export async function addMember(
  t: TestKith,
  token: string,
  name: string,
  phone: string,
  roles: string[] = ['phone'],
): Promise<string> {
  const created = await t.api<{ id: string }>('POST', '/api/responders', { name, phone, roles }, token);
  if (created.status !== 201) throw new Error(`could not add ${name}: ${created.status}`);
  return created.body.id;
}

/** A program with Ana and Ben (phone) and the coordinator, all three enrolled with real keys. */
export async function enrolledTeam(t: TestKith) {
  const { token, programId, coordinatorId } = await t.setup();
  const ana = await enrol(t, token, await addMember(t, token, 'Ana', '+12025550111'), 'ana');
  const ben = await enrol(t, token, await addMember(t, token, 'Ben', '+12025550112', ['phone', 'field']), 'ben');
  const coordinator = await enrol(t, token, coordinatorId, 'cora');
  return { token, programId, ana, ben, coordinator };
}

/** A second program in the same install, with an enrolled responder, made through the services (the API makes one program per install). */
export async function otherProgram(t: TestKith) {
  const deps = { db: t.kith.ctx.db.kysely, clock: t.clock, keys: t.kith.ctx.keys };
  const program = await createProgram(deps, { name: 'Eastside Line', timeZone: 'America/Chicago' });
  const coordinator = await addResponder(deps, program.id, {
    name: 'Otto',
    phone: null,
    languages: ['en'],
    roles: ['coordinator'],
    status: 'active',
  });
  const { token } = await issueApiToken(deps, program.id, coordinator.id, 'test');
  const zed = await addResponder(deps, program.id, {
    name: 'Zed',
    phone: '+12025550199',
    languages: ['en'],
    roles: ['phone'],
    status: 'active',
  });
  return { programId: program.id, token, zed: await enrol(t, token, zed.id, 'zed') };
}

/** A call record written straight to the table, for notes about a call. */
export async function insertCall(t: TestKith, programId: string): Promise<string> {
  const id = newId('cal');
  const now = t.clock.now();
  await t.kith.ctx.db.kysely
    .insertInto('calls')
    .values({
      id,
      program_id: programId,
      call_key: newId('key'),
      caller_leg_ref: null,
      channel: 'voice',
      language: 'en',
      state: 'ended',
      phase: null,
      phase_started_at: null,
      started_at: now,
      ring_started_at: null,
      held_at: null,
      answered_at: null,
      ended_at: now,
      outcome: 'no_answer',
      end_reason: null,
      accepted_by: null,
      accepted_leg_id: null,
      updated_at: now,
    })
    .execute();
  return id;
}

export function sealNote(author: Identity, plaintext: string, id: string = randomUUID()): SealedRecord {
  return sealRecord({ recordId: id, plaintext, readers: [author] });
}

/** What the notes API answers: the service's own view of a note. */
export type NoteAnswer = NoteView;
