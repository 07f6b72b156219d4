import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sodium from 'libsodium-wrappers-sumo';
import { afterEach, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../../../test/support/databases';
import { everyRow, keysIn, stringsIn } from '../../../test/support/db-dump';
import { startTestKith, type TestKith } from '../../../test/support/kith';
import { openRecord, openRecordText, type SealedRecord } from '../../crypto/e2e';
import { unlockPlan } from '../../crypto/plan-lock';
import { enrolledTeam, insertCall } from '../../notes/test-fixtures';

/**
 * The promise: only the member's code opens their plan. Everything a seizure yields — every
 * row, the server's root secret and every subkey derived from it (the plan pepper included), its
 * config — and a coordinator's and another responder's private keys are tried against the stored plan
 * and against the copy opened for a call; none opens either. The member's code does, and the
 * responder on the call reads the copy sealed to them while the call lasts.
 */
const PLAN_WORDS = 'Sing to me softly; naloxone under the sink';
const CODE = '730519';

describe.each(DB_KINDS)('a member’s plan opens only with their code (%s)', (kind) => {
  let t: TestKith;
  afterEach(async () => t?.stop());

  it('with every row, the server’s secrets and a coordinator’s keys no plan opens; with the member’s code it does', async () => {
    await sodium.ready;
    t = await startTestKith(kind, { cheapArgon: true });
    const { token, programId, ana, ben, coordinator } = await enrolledTeam(t);
    const member = await t.api<{ id: string; number: string }>('POST', '/api/members', { language: 'en' }, token);
    const link = await t.api<{ url: string }>('POST', `/api/members/${member.body.id}/plan-link`, undefined, token);
    expect(link.status).toBe(201);
    const written = await fetch(`${t.url}${new URL(link.body.url).pathname}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ action: 'write', helps: PLAN_WORDS, secret: CODE, again: CODE }).toString(),
    });
    expect(written.status).toBe(200);

    // Ana is on a live call; the member tells her their code, and she opens the plan for it.
    const callId = await insertCall(t, programId);
    await t.kith.ctx.db.kysely
      .updateTable('calls')
      .set({ state: 'connected', ended_at: null, accepted_by: ana.id })
      .where('id', '=', callId)
      .execute();
    const unlocked = await ana.browser.request<{ readers: string[] }>('POST', '/api/members/plans/unlock', {
      memberNumber: member.body.number,
      secret: CODE,
      scope: { kind: 'call', id: callId },
    });
    expect(unlocked.status).toBe(200);

    const rows = await everyRow(t);
    const planRow = rows.member_plans?.[0];
    const openingRow = rows.member_plan_openings?.[0];
    const readerRow = rows.member_plan_readers?.[0];
    if (!planRow || !openingRow || !readerRow) throw new Error('the plan was not stored');
    const dump = stringsIn(rows).join('\n');
    expect(dump).not.toContain('Sing to me');
    expect(dump).not.toContain(CODE);
    const body = JSON.parse(String(openingRow.sealed)) as Pick<SealedRecord, 'v' | 'alg' | 'nonce' | 'ciphertext'>;
    const opening: SealedRecord = {
      ...body,
      recordId: String(openingRow.id),
      keys: [{ keyId: String(readerRow.key_id), sealedKey: String(readerRow.sealed_key) }],
    };
    const stored = JSON.parse(String(planRow.sealed)) as { nonce: string; ciphertext: string };
    const root = new Uint8Array(
      Buffer.from(readFileSync(join(t.storage.dataDir, 'secret.key'), 'utf8').trim(), 'base64'),
    );
    const derived = Array.from({ length: 12 }, (_, i) =>
      sodium.crypto_kdf_derive_from_key(32, i + 1, 'kith_srv', root),
    );
    const candidates = [
      root,
      ...derived,
      ...keysIn(dump),
      ...keysIn(JSON.stringify(t.kith.ctx.config)),
      coordinator.identity.secretKey,
      ben.identity.secretKey,
    ];
    expect(candidates.length).toBeGreaterThan(20);
    const pepper = t.kith.ctx.keys.index('plan', member.body.id);
    for (const secret of candidates) {
      // As the plan's key itself, or as the Argon2id output before the pepper.
      for (const key of [
        secret,
        sodium.crypto_generichash(32, sodium.from_string(`kith/plan/v1\u0000${pepper}`), secret),
      ])
        expect(() =>
          sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(
            null,
            sodium.from_base64(stored.ciphertext, sodium.base64_variants.URLSAFE_NO_PADDING),
            `kith/plan/v1:${member.body.id}`,
            sodium.from_base64(stored.nonce, sodium.base64_variants.URLSAFE_NO_PADDING),
            key,
          ),
        ).toThrow();
      // As a reader's key of the copy opened for the call (posing as Ana's key id).
      expect(() =>
        openRecord(opening, { keyId: ana.identity.keyId, publicKey: ana.identity.publicKey, secretKey: secret }),
      ).toThrow();
    }
    expect(() => openRecord(opening, coordinator.identity)).toThrow();
    // Wrong codes with every server secret in hand, and the right code without the key file's pepper.
    const sealed = String(planRow.sealed);
    for (const wrong of ['730518', '000000', '123456'])
      expect(await unlockPlan({ secret: wrong, sealed, boundTo: member.body.id, pepper })).toBeUndefined();
    expect(await unlockPlan({ secret: CODE, sealed, boundTo: member.body.id, pepper: '' })).toBeUndefined();
    // Moved onto another member's row, it does not open either.
    expect(await unlockPlan({ secret: CODE, sealed, boundTo: 'mbr_other', pepper })).toBeUndefined();

    // The member's code, with the server's pepper, opens it; Ana opens the copy sealed to her.
    expect(
      JSON.parse((await unlockPlan({ secret: CODE, sealed, boundTo: member.body.id, pepper })) ?? '{}'),
    ).toMatchObject({
      helps: PLAN_WORDS,
    });
    expect(JSON.parse(openRecordText(opening, ana.identity))).toMatchObject({ helps: PLAN_WORDS });

    // The call ends: Ana gets nothing more, and the copy is gone from the rows.
    await t.kith.ctx.db.kysely.updateTable('calls').set({ ended_at: t.clock.now() }).where('id', '=', callId).execute();
    expect((await ana.browser.request<unknown[]>('GET', '/api/members/plans/opened')).body).toEqual([]);
    expect((await everyRow(t)).member_plan_openings).toEqual([]);
  });
});
