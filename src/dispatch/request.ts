import { keyId, ready, type SealedRecord } from '../crypto/e2e';
import type { FieldSourceKind, FieldUrgency } from '../db/schema-dispatch';
import { checkSealedBody, checkSealedKey } from '../notes/sealed';
import { newId } from '../platform/ids';
import { invalid, type FieldProblem } from '../platform/errors';
import type { Program } from '../program/types';
import { candidatesFor } from './candidates';
import { startForming } from './formation';
import * as repo from './repo';
import type { Actor, DispatchDeps } from './types';
import { storedBrief } from './brief';

const MINUTE = 60_000;

export interface FieldRequest {
  source: { kind: Exclude<FieldSourceKind, 'none'>; id: string } | null;
  urgency: FieldUrgency;
  needs: string[];
  language: string | null;
  agreed: string[];
  brief: SealedRecord | null;
}

/** Nothing is stored or sent before the person has agreed to a visit: that is the first check. */
export const NO_CONSENT: FieldProblem = {
  field: '/agreed',
  message: 'Ask the person whether they agree to a visit first',
};

function checkRequest(program: Program, input: FieldRequest): FieldProblem[] {
  if (!input.agreed.includes('visit')) return [NO_CONSENT];
  const problems: FieldProblem[] = [];
  input.needs.forEach((need, i) => {
    if (!program.dispatch.needs.includes(need))
      problems.push({
        field: `/needs/${i}`,
        message: `is not one of the program’s needs (${program.dispatch.needs.join(', ')})`,
      });
  });
  if (new Set(input.needs).size !== input.needs.length)
    problems.push({ field: '/needs', message: 'must not repeat a need' });
  if (input.needs.includes('language') && input.language === null)
    problems.push({ field: '/language', message: 'is needed when the need is language' });
  return problems;
}

async function checkSource(
  deps: DispatchDeps,
  programId: string,
  source: FieldRequest['source'],
): Promise<FieldProblem[]> {
  if (!source) return [];
  const found = await repo.sourceExists(deps.db, programId, source.kind, source.id);
  return found ? [] : [{ field: '/source/id', message: `is not a ${source.kind} of this program` }];
}

/**
 * The brief's keys must belong to the requester or to candidates (the people who may come to read
 * it); each is matched to its reader by the key id of their public key. The server cannot open the
 * brief — it checks the record's shape as it does for notes (src/notes/sealed.ts).
 */
async function briefReaders(
  deps: DispatchDeps,
  program: Program,
  actor: Actor,
  input: FieldRequest,
  brief: SealedRecord,
): Promise<{ readers: { responderId: string; keyId: string; sealedKey: string }[]; problems: FieldProblem[] }> {
  const problems = checkSealedBody(brief, brief.recordId, '/brief');
  brief.keys.forEach((k, i) => problems.push(...checkSealedKey(k, `/brief/keys/${i}`)));
  if (problems.length > 0) return { readers: [], problems };
  await ready();
  const wanted = { needs: input.needs, language: input.language };
  const exclude = new Set([actor.responderId]);
  const [field, support, me] = await Promise.all([
    candidatesFor(deps, program, 'field', wanted, exclude),
    candidatesFor(deps, program, 'support', wanted, exclude),
    repo.responderBasics(deps.db, actor.responderId),
  ]);
  const byKey = new Map<string, string>();
  for (const person of [...(me ? [me] : []), ...field, ...support])
    if (person.publicKey) byKey.set(keyId(person.publicKey), person.id);
  const readers: { responderId: string; keyId: string; sealedKey: string }[] = [];
  const seen = new Set<string>();
  brief.keys.forEach((k, i) => {
    const responderId = byKey.get(k.keyId);
    if (!responderId)
      problems.push({ field: `/brief/keys/${i}/keyId`, message: 'is not the key of the requester or of a candidate' });
    else if (!seen.has(responderId)) {
      seen.add(responderId);
      readers.push({ responderId, keyId: k.keyId, sealedKey: k.sealedKey });
    }
  });
  return { readers, problems };
}

/** "R1", "R2", …: the smallest number no open response of the program is using. */
function nextAlias(inUse: ReadonlySet<string>): string {
  for (let n = 1; ; n += 1) if (!inUse.has(`R${n}`)) return `R${n}`;
}

/**
 * A responder asks for a field response (docs/DISPATCH.md "Forming a team" 1). Consent first; then
 * needs, source and brief; then the response is stored with its alias and brief, and the team is asked.
 */
export async function requestFieldResponse(
  deps: DispatchDeps,
  program: Program,
  actor: Actor,
  input: FieldRequest,
): Promise<repo.ResponseRow> {
  const problems = checkRequest(program, input);
  if (problems.length > 0) throw invalid(problems);
  problems.push(...(await checkSource(deps, program.id, input.source)));
  const brief = input.brief
    ? await briefReaders(deps, program, actor, input, input.brief)
    : { readers: [], problems: [] };
  problems.push(...brief.problems);
  if (problems.length > 0) throw invalid(problems);

  const now = deps.clock.now();
  const id = newId('fr');
  await deps.db.transaction().execute(async (trx) => {
    await repo.lockProgram(trx, program.id);
    const alias = nextAlias(await repo.openAliases(trx, program.id));
    await repo.insertResponse(trx, {
      id,
      program_id: program.id,
      alias,
      source_kind: input.source?.kind ?? 'none',
      source_id: input.source?.id ?? null,
      requested_by: actor.responderId,
      urgency: input.urgency,
      needs: JSON.stringify(input.needs),
      language: input.language,
      agreed: JSON.stringify(input.agreed),
      consent_at: now,
      brief_sealed: input.brief ? storedBrief(input.brief) : null,
      state: 'forming',
      created_at: now,
      form_by: now + program.dispatch.formMinutes * MINUTE,
      formed_at: null,
      check_in_due_at: null,
      last_check_in_at: null,
      missed_check_in_at: null,
      closed_at: null,
      outcome: null,
      contact_sealed: null,
      contact_erase_after: null,
      updated_at: now,
    });
    await repo.insertBriefReaders(trx, id, brief.readers);
  });
  deps.live.publish(program.id, 'dispatch');
  await startForming(deps, program, id);
  const row = await repo.findResponse(deps.db, program.id, id);
  if (!row) throw new Error('unreachable: the response was just stored');
  return row;
}
