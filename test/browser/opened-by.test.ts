import { randomUUID } from 'node:crypto';
import { beforeAll, expect, it } from 'vitest';
import { keyId, ready, sealRecord } from '../../src/crypto/e2e';
import { toPlaintext } from '../../src/web/client/console/views/notes/content';
import { en } from '../../src/web/i18n/en';
import { chromiumTabs, describeInChromium, expectAccessible, type TestPage } from '../support/chromium';
import { joinByInvite } from '../support/console-page';
import { startLine } from '../support/line';

const t = en.console;
const ANA = '+12025550111';
const PERSON = '+12025550187';

/** Moves inside the console without a reload, so the key stays in memory. */
async function visit(tab: TestPage, path: string): Promise<void> {
  await tab.page.evaluate(`history.pushState(null, '', '${path}'); dispatchEvent(new PopStateEvent('popstate'))`);
}

describeInChromium('the console’s "Opened by" section', () => {
  const chrome = chromiumTabs();
  beforeAll(ready);

  it('lists who opened a note and a conversation, by name and time, under a heading', async () => {
    const l = chrome.stopAfter(await startLine('sqlite', { ownAddress: true, cheapArgon: true }));
    const anaId = await l.addResponder({ name: 'Ana Ruiz', phone: ANA, tier: 'primary' });
    const tab = await chrome.open({ clock: l.clock });
    const { page, problems } = tab;
    await joinByInvite(page, l.t, l.token, anaId, 'ana.r');

    // A note sealed to the key Ana's browser made (sealing needs only her public key).
    const db = l.t.kith.ctx.db.kysely;
    const { public_key: publicKey } = await db
      .selectFrom('credentials')
      .select('public_key')
      .where('responder_id', '=', anaId)
      .executeTakeFirstOrThrow();
    const id = randomUUID();
    const record = sealRecord({
      recordId: id,
      plaintext: toPlaintext({
        text: 'placeholder',
        kind: 'crisis',
        followUp: false,
        emergencyServicesWithConsent: false,
      }),
      readers: [{ keyId: keyId(publicKey), publicKey }],
    });
    const now = l.clock.now();
    await db
      .insertInto('notes')
      .values({
        id,
        program_id: l.programId,
        author_id: anaId,
        call_id: null,
        sealed: JSON.stringify({ v: record.v, alg: record.alg, nonce: record.nonce, ciphertext: record.ciphertext }),
        created_at: now,
        updated_at: now,
      })
      .execute();
    await db
      .insertInto('note_readers')
      .values({
        note_id: id,
        responder_id: anaId,
        key_id: record.keys[0]?.keyId ?? '',
        sealed_key: record.keys[0]?.sealedKey ?? '',
        added_by: anaId,
        added_at: now,
      })
      .execute();

    await visit(tab, `/console/notes/${id}`);
    const notes = page.getByRole('region', { name: t.access.heading });
    await notes.getByRole('listitem').first().waitFor();
    expect(await notes.getByRole('list', { name: t.access.heading }).getByRole('listitem').allInnerTexts()).toEqual([
      expect.stringMatching(/^Ana Ruiz \(you\) · .+/),
    ]);
    await expectAccessible(page, 'a note, opened by');

    l.sim.phone(PERSON).text('placeholder words');
    await l.sim.runUntilIdle();
    const [conversation] = await db.selectFrom('conversations').select('id').execute();
    await visit(tab, `/console/texts/${conversation?.id ?? ''}`);
    const texts = page.getByRole('region', { name: t.access.heading });
    await texts.getByRole('listitem').first().waitFor();
    expect(await texts.getByRole('listitem').allInnerTexts()).toEqual([
      expect.stringMatching(/^Ana Ruiz \(you\) · .+/),
    ]);
    await expectAccessible(page, 'a conversation, opened by');
    expect(problems).toEqual([]);
  });
});
