import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { openRecordText, ready, sealRecord, shareRecord, type SealedRecord } from '../../src/crypto/e2e';
import { en } from '../../src/web/i18n/en';
import { es } from '../../src/web/i18n/es';
import {
  describeInChromium,
  expectAccessible,
  focused,
  sharedChromium,
  releaseChromium,
  openPage,
  tabTo,
  summaryTakesFocus,
  type TestPage,
} from '../support/chromium';
import { CONSOLE_PASSPHRASE, goToView, joinByInvite } from '../support/console-page';
import { enrolInNode } from '../support/enrol-in-node';
import { COMMUNITY_NUMBER, startLine, type Line } from '../support/line';

const t = en.console;
const n = t.notes;
const CALLER = '+12025550190';
const ANA = '+12025550111';
const BEN = '+12025550112';
const CARA = '+12025550113';

/** Words that must never leave the page in the clear: they are only ever typed into the note form. */
const CANARY = 'kettle-canary-5d1c';
const EDIT_CANARY = 'lantern-canary-9e07';
const NOTE_TEXT = `Calmer after we talked, ${CANARY}.\nAgreed to a call back tomorrow.`;
const EDITED_TEXT = `Calmer after we talked, ${CANARY}.\nCall back tomorrow at noon; ${EDIT_CANARY}.`;
/** Markup in the plan must show as text: the plan is a coordinator's words, never HTML. */
const PLAN =
  '1. Stay with the person.\n2. Ask what they want to happen.\n<script>window.planRan = true</script><b>not bold</b>';

interface NoteOnWire {
  id: string;
  callId: string | null;
  record: SealedRecord;
  readers: { responderId: string; name: string }[];
}

/** Every URL, request body and response body the page exchanges (the event stream aside: it never ends). */
function recordTraffic(page: Page): { requests: { method: string; url: string }[]; all(): Promise<string> } {
  const seen: string[] = [];
  const requests: { method: string; url: string }[] = [];
  const pending: Promise<void>[] = [];
  page.on('request', (request) => {
    requests.push({ method: request.method(), url: request.url() });
    seen.push(request.url(), JSON.stringify(request.headers()), request.postData() ?? '');
  });
  page.on('response', (response) => {
    if ((response.headers()['content-type'] ?? '').includes('text/event-stream')) return;
    pending.push(
      response.text().then(
        (text) => void seen.push(text),
        () => undefined, // a redirect or an aborted load has no body to read
      ),
    );
  });
  return {
    requests,
    async all() {
      await Promise.all(pending);
      return seen.join('\n');
    },
  };
}

/** The state of every store a page script can write to. */
function browserStores(page: Page): Promise<{ local: number; session: number; indexedDb: number; caches: number }> {
  return page.evaluate(
    `(async () => ({ local: localStorage.length, session: sessionStorage.length, indexedDb: (await indexedDB.databases()).length, caches: (await caches.keys()).length }))()`,
  );
}

function status(page: Page, text: string) {
  return page.getByRole('status').filter({ hasText: text });
}

describeInChromium('the responder console in a real browser: a live call, a sealed note, the plan, sign-out', () => {
  let browser: Browser;
  let line: Line | undefined;
  let tab: TestPage | undefined;
  beforeAll(async () => {
    await ready();
    browser = await sharedChromium();
  });
  afterAll(releaseChromium);
  afterEach(async () => {
    await tab?.close();
    await line?.stop();
    tab = line = undefined;
  });

  it('is rung live, writes a note for the call by keyboard, shares, edits and unshares it, unlocks after a reload, and leaves nothing behind', async () => {
    line = await startLine('sqlite', { ownAddress: true, cheapArgon: true });
    const l = line;
    // The coordinator (API token) puts Ana on the roster, on call now, and invites her; Ben has set up
    // his sign-in; Cara has not.
    const anaId = await l.addResponder({
      name: 'Ana Ruiz',
      phone: ANA,
      tier: 'primary',
      behaviour: { kind: 'answer', afterSeconds: 20, press: '1' },
    });
    const benId = await l.addResponder({ name: 'Ben Ortiz', phone: BEN });
    await l.addResponder({ name: 'Cara Lind', phone: CARA });
    const ben = await enrolInNode(l, benId, 'ben.o');
    expect((await l.t.api('PUT', '/api/program/plan', { text: PLAN }, l.token)).status).toBe(200);

    tab = await openPage(browser, { clock: line.clock });
    const { page, problems } = tab;
    const traffic = recordTraffic(page);

    // Ana opens her invite and sets up: she lands on Home, on call now.
    await joinByInvite(page, l.t, l.token, anaId, 'ana.r');
    await page.getByRole('heading', { level: 1, name: 'Hello, Ana Ruiz' }).waitFor();
    // The plan was written before her first shift began: she reads it on Home before she can be rung.
    await page.getByRole('heading', { level: 2, name: t.briefing.home.heading }).waitFor();
    await expectAccessible(page, 'home, the plan to read first');
    await page.getByRole('button', { name: t.briefing.home.read }).press('Enter');
    await page.getByText(t.briefing.home.done).first().waitFor();
    await page.locator('main .lead', { hasText: /^You are on call until / }).waitFor();
    await expect.poll(() => page.locator('main').innerText()).toContain(t.home.liveNone);
    await expectAccessible(page, 'home, on call');
    await page.evaluate('window.kithNotReloaded = true');

    // A caller dials the line. Ana's phone rings, and so does her console — without a reload.
    l.sim.placeCall({ from: CALLER, to: COMMUNITY_NUMBER });
    while (!l.sim.calls.some((call) => call.to === ANA)) await l.sim.advance(1);
    const ringing = page.locator('.card[data-call-state="ringing"]');
    await ringing.getByText(t.home.callRingingYou).waitFor();
    expect(await page.evaluate('window.kithNotReloaded')).toBe(true);
    await expectAccessible(page, 'home, a call ringing');

    // Her phone answers and she presses 1: the console shows who is with the caller.
    await l.sim.advance(30);
    const connected = page.locator('.card[data-call-state="connected"]');
    await connected.getByText('Connected with Ana Ruiz').waitFor();
    expect(await page.evaluate('window.kithNotReloaded')).toBe(true);
    expect(l.sim.phoneLog(ANA)[0]?.pressed).toEqual(['1']);
    await expectAccessible(page, 'home, a call connected');

    // "Write a note" for that call; the form by keyboard alone.
    await connected.getByRole('link', { name: t.home.writeNote }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: n.newHeading }).waitFor();
    await page.locator('#note-text').waitFor();
    await expect.poll(() => page.url()).toMatch(/\/console\/notes\/new\?call=[A-Za-z0-9_-]+$/);
    const callId = new URL(page.url()).searchParams.get('call');
    expect(await page.locator('main .lead').innerText()).toMatch(/^About the call at /);
    await expect.poll(() => focused(page)).toBe(`h1:${n.newHeading}`);
    expect(await page.locator('#note-text-count').innerText()).toBe('You have 4,000 characters left');
    await expectAccessible(page, 'new note');

    await tabTo(page, 'note-text');
    await tabTo(page, 'kind-emergency');
    await tabTo(page, 'follow-up-yes');
    await tabTo(page, 'emergency-services-yes');
    await tabTo(page, `button:${n.save}`);
    await page.keyboard.press('Enter');
    await page.locator('.error-summary').waitFor();
    expect(await page.locator('.error-summary a').allInnerTexts()).toEqual([
      n.textMissing,
      n.kindMissing,
      n.followUpMissing,
      n.emergencyServicesMissing,
    ]);
    await summaryTakesFocus(page);
    await expect.poll(() => page.title()).toBe(`${t.shell.errorTitlePrefix}${n.newTitle}${t.shell.titleSuffix}`);
    expect(await page.locator('#note-text').getAttribute('aria-describedby')).toBe(
      'note-text-hint note-text-error note-text-count',
    );
    await expectAccessible(page, 'new note with every mistake');

    await page.keyboard.press('Tab'); // the summary's first link
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('note-text');
    await page.keyboard.type(NOTE_TEXT); // its "\n" is Enter: a new line in the text
    await tabTo(page, 'kind-emergency');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => focused(page)).toBe('kind-crisis');
    await tabTo(page, 'follow-up-yes');
    await page.keyboard.press('Space');
    await tabTo(page, 'emergency-services-yes');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => focused(page)).toBe('emergency-services-no');
    await tabTo(page, `button:${n.save}`);
    await page.keyboard.press('Enter');

    // The note, opened here from what the server stored.
    await page.getByRole('heading', { level: 2, name: n.kind.crisis }).waitFor();
    await expect.poll(() => page.url()).toMatch(/\/console\/notes\/note_[A-Za-z0-9_-]{16}$/);
    const noteId = new URL(page.url()).pathname.split('/').pop() ?? '';
    await status(page, n.saved).waitFor();
    expect(await page.locator('.note-text').innerText()).toBe(NOTE_TEXT);
    expect(await page.locator('.answers').innerText()).toMatch(/Follow-up wanted:?\s*Yes/);
    expect(await page.locator('.answers').innerText()).toMatch(/Emergency services, with consent:?\s*No/);
    const stored = await l.t.kith.ctx.db.kysely.selectFrom('notes').select(['id', 'call_id', 'author_id']).execute();
    expect(stored).toEqual([{ id: noteId, call_id: callId, author_id: anaId }]);
    await expectAccessible(page, 'note saved');

    // Sharing: only teammates with a key can be picked; nothing picked is a named mistake.
    const select = page.locator('#share-with');
    expect(await select.locator('option', { hasText: 'Ben Ortiz' }).isDisabled()).toBe(false);
    expect(await select.locator('option', { hasText: 'Cara Lind' }).innerText()).toBe(`Cara Lind (${n.notEnrolled})`);
    expect(await select.locator('option', { hasText: 'Cara Lind' }).isDisabled()).toBe(true);
    expect(await select.locator('option', { hasText: 'Ana Ruiz' }).count()).toBe(0); // she already reads it
    await expect.poll(() => page.locator('main').innerText()).toContain(n.shareHint);
    await page.getByRole('button', { name: n.share, exact: true }).click();
    await expect.poll(() => page.locator('.error-summary a').allInnerTexts()).toEqual([n.shareMissing]);
    await expectAccessible(page, 'share with nobody chosen');
    await select.selectOption({ label: 'Ben Ortiz' });
    await page.getByRole('button', { name: n.share, exact: true }).click();
    await status(page, 'Shared with Ben Ortiz.').waitFor();
    expect(await page.locator('.reader-list li').allInnerTexts()).toEqual([
      `Ana Ruiz (${n.you}, ${n.author})`,
      expect.stringContaining('Ben Ortiz'),
    ]);
    await expectAccessible(page, 'note shared');
    // Ben opens it with his own key, which the browser sealed the data key to.
    const benCopy = await ben.client.request<NoteOnWire>('GET', `/api/notes/${noteId}`, undefined, { origin: null });
    expect(benCopy.status).toBe(200);
    expect(benCopy.body.record.keys.map((k) => k.keyId)).toEqual([ben.me.keyId]);
    expect(JSON.parse(openRecordText(benCopy.body.record, ben.me))).toEqual({
      v: 1,
      text: NOTE_TEXT,
      kind: 'crisis',
      followUp: true,
      emergencyServicesWithConsent: false,
    });

    // The author edits: every reader keeps their key and sees the new words.
    await page.getByRole('button', { name: n.edit }).click();
    await page.getByRole('heading', { level: 2, name: n.editHeading }).waitFor();
    await expect.poll(() => focused(page)).toBe('edit-heading');
    expect(await page.locator('#note-text').inputValue()).toBe(NOTE_TEXT);
    expect(await page.locator('#kind-crisis').isChecked()).toBe(true);
    await expectAccessible(page, 'editing the note');
    await page.locator('#note-text').fill(EDITED_TEXT);
    await page.getByRole('button', { name: n.saveChanges }).click();
    await status(page, n.changed).waitFor();
    await expect.poll(() => page.locator('.note-text').innerText()).toBe(EDITED_TEXT);
    await expect.poll(() => focused(page)).toBe('note-content-heading');
    const benEdited = await ben.client.request<NoteOnWire>('GET', `/api/notes/${noteId}`, undefined, { origin: null });
    expect(JSON.parse(openRecordText(benEdited.body.record, ben.me))).toMatchObject({ text: EDITED_TEXT });

    // My notes: opened here to show the kind and first line, with the call's time.
    await goToView(page, t.shell.nav.notes, n.heading);
    const item = page.locator('.note-item');
    await item.locator('.note-summary').waitFor();
    expect(await item.count()).toBe(1);
    expect(await item.locator('.note-link').innerText()).toMatch(/^Crisis, /);
    expect(await item.locator('.note-summary').innerText()).toBe(`Calmer after we talked, ${CANARY}.`);
    expect(await item.locator('.note-meta').innerText()).toMatch(/About the call at .* · Follow-up wanted/);
    await expectAccessible(page, 'my notes');

    // The emergency plan: as text with its line breaks, and it follows a coordinator's change live.
    await goToView(page, t.shell.nav.plan, t.plan.heading);
    await expect.poll(() => page.locator('.plan-text').innerText()).toBe(PLAN);
    expect(await page.locator('.plan-text *').count()).toBe(0);
    expect(await page.evaluate('window.planRan')).toBeUndefined();
    await expect.poll(() => page.locator('main').innerText()).toMatch(/Last changed \w{3}, /);
    await expectAccessible(page, 'emergency plan');
    expect(
      (await l.t.api('PUT', '/api/program/plan', { text: 'Stay with the person.\nCall the support person.' }, l.token))
        .status,
    ).toBe(200);
    await expect
      .poll(() => page.locator('.plan-text').innerText())
      .toBe('Stay with the person.\nCall the support person.');

    // Back to the note: the author takes Ben away again; his copy of the key is gone from the server.
    await goToView(page, t.shell.nav.notes, n.heading);
    await page.locator('.note-link').click();
    await page.getByRole('button', { name: 'Remove Ben Ortiz' }).click();
    await status(page, 'Ben Ortiz can no longer open this note.').waitFor();
    await expect.poll(() => focused(page)).toBe('readers-heading');
    expect(await page.locator('.reader-list li').allInnerTexts()).toEqual([`Ana Ruiz (${n.you}, ${n.author})`]);
    expect((await ben.client.request('GET', `/api/notes/${noteId}`, undefined, { origin: null })).status).toBe(404);
    expect(await page.evaluate('window.kithNotReloaded')).toBe(true);

    // A reload drops the key: opening the note asks to unlock, and unlocking opens it.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: t.signIn.unlockHeading }).waitFor();
    expect(await page.locator('main').innerText()).not.toContain(CANARY);
    await expectAccessible(page, 'unlock after a reload');
    await page.locator('#sign-in-name').fill('ana.r');
    await page.locator('#passphrase').fill(CONSOLE_PASSPHRASE);
    await page.locator('#passphrase').press('Enter');
    await page.getByRole('heading', { level: 2, name: n.kind.crisis }).waitFor({ timeout: 20_000 });
    expect(await page.locator('.note-text').innerText()).toBe(EDITED_TEXT);

    // Spanish, in place: the key stays in memory, so the note stays open.
    await page.evaluate('window.kithNotReloaded = true');
    await page.getByRole('link', { name: 'Español' }).click();
    await page.getByRole('heading', { level: 1, name: es.console.notes.viewTitle }).waitFor();
    await expect.poll(() => page.locator('.answers').innerText()).toContain(es.console.notes.answers.followUp);
    expect(await page.locator('.note-text').innerText()).toBe(EDITED_TEXT);
    expect(await page.getByRole('heading', { name: es.console.signIn.unlockHeading }).count()).toBe(0);
    expect(await page.evaluate('window.kithNotReloaded')).toBe(true);
    expect(await page.evaluate<string>('document.documentElement.lang')).toBe('es');
    await expectAccessible(page, 'the note in Spanish');
    await page.getByRole('link', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: n.viewTitle }).waitFor();

    // Sign-out leaves nothing behind, and the console shows sign-in.
    await page.getByRole('button', { name: t.shell.signOut }).click();
    await page.getByText(t.shell.signedOut).waitFor();
    await page.getByRole('heading', { level: 1, name: t.signIn.heading }).waitFor();
    expect(await browserStores(page)).toEqual({ local: 0, session: 0, indexedDb: 0, caches: 0 });
    expect(await page.locator('body').innerText()).not.toContain(CANARY);
    await expectAccessible(page, 'signed out');

    // The promise: the note's words never reached the server, in any request or answer.
    expect(traffic.requests.some((r) => r.method === 'POST' && r.url.endsWith('/api/notes'))).toBe(true);
    expect(traffic.requests.some((r) => r.method === 'PUT' && r.url.endsWith(`/api/notes/${noteId}`))).toBe(true);
    const exchanged = await traffic.all();
    // The recorder did see the note go by, sealed: its id and ciphertext, never its words.
    expect(exchanged).toContain(noteId);
    expect(exchanged).toContain('"ciphertext":"');
    for (const secret of [CANARY, EDIT_CANARY, 'Calmer after we talked']) expect(exchanged).not.toContain(secret);
    expect(problems).toEqual([]);
  }, 180_000);

  it('notes on their own and notes shared with me: plain mistakes, no edit for a reader, and a note that will not open says so', async () => {
    line = await startLine('sqlite', { ownAddress: true, cheapArgon: true });
    const l = line;
    const anaId = await l.addResponder({ name: 'Ana Ruiz', phone: ANA, tier: 'primary' });
    const benId = await l.addResponder({ name: 'Ben Ortiz', phone: BEN });
    const ben = await enrolInNode(l, benId, 'ben.o');
    tab = await openPage(browser, { clock: line.clock, viewport: { width: 320, height: 640 } });
    const { page, problems } = tab;
    await joinByInvite(page, l.t, l.token, anaId, 'ana.r');

    // A call id nobody knows: the form says so and writes a note about no call.
    await page.evaluate(
      `history.pushState(null, '', '/console/notes/new?call=call_doesnotexist00'); dispatchEvent(new PopStateEvent('popstate'))`,
    );
    await page.getByRole('heading', { level: 1, name: n.newHeading }).waitFor();
    await page.getByText(n.callMissing).waitFor();

    // From the Notes page, a note on its own; too long a text is named.
    await goToView(page, t.shell.nav.notes, n.heading);
    await page.getByText(n.none).waitFor();
    await page.getByRole('link', { name: n.newNote }).click();
    await page.getByText(n.forNoCall).waitFor();
    await page.locator('#note-text').fill('x'.repeat(4001));
    await expect.poll(() => page.locator('#note-text-count').innerText()).toBe('You have 1 character too many');
    await page.locator('#kind-prevention').check();
    await page.locator('#follow-up-no').check();
    await page.locator('#emergency-services-no').check();
    await page.getByRole('button', { name: n.save }).click();
    await expect.poll(() => page.locator('.error-summary a').allInnerTexts()).toEqual([n.tooLong]);
    await expectAccessible(page, 'a note too long, at 320 px');
    await page.locator('#note-text').fill('Checked in about the workshop.');
    await page.getByRole('button', { name: n.save }).click();
    await status(page, n.saved).waitFor();
    const [mine] = await l.t.kith.ctx.db.kysely.selectFrom('notes').select(['id', 'call_id']).execute();
    expect(mine?.call_id).toBeNull();

    // Ben writes a note in his own console (here, Node) and shares it with Ana.
    const anaKey = await l.t.api<{ id: string; publicKey: string | null; keyId: string | null }[]>(
      'GET',
      '/api/directory',
      undefined,
      l.token,
    );
    const ana = anaKey.body.find((entry) => entry.id === anaId);
    if (!ana?.publicKey || !ana.keyId) throw new Error('Ana has no key in the directory');
    const benNoteId = 'note_fromBenInNode000';
    const plaintext = JSON.stringify({
      v: 1,
      text: 'Ben’s note for Ana\nsecond line',
      kind: 'aftercare',
      followUp: true,
      emergencyServicesWithConsent: false,
    });
    const sealed = sealRecord({ recordId: benNoteId, plaintext, readers: [ben.me] });
    expect(
      (
        await ben.client.request(
          'POST',
          '/api/notes',
          { id: benNoteId, callId: null, record: sealed },
          { origin: l.t.url },
        )
      ).status,
    ).toBe(201);
    const entry = shareRecord(sealed, ben.me, { keyId: ana.keyId, publicKey: ana.publicKey }).keys.find(
      (k) => k.keyId === ana.keyId,
    );
    expect(
      (
        await ben.client.request(
          'POST',
          `/api/notes/${benNoteId}/readers`,
          { responderId: anaId, sealedKey: entry },
          { origin: l.t.url },
        )
      ).status,
    ).toBe(201);
    // And one whose content is not a note this console understands: it says it cannot open it.
    const oddId = 'note_notJsonFromBen00';
    const odd = sealRecord({ recordId: oddId, plaintext: 'not a note document', readers: [ben.me] });
    await ben.client.request('POST', '/api/notes', { id: oddId, callId: null, record: odd }, { origin: l.t.url });
    const oddEntry = shareRecord(odd, ben.me, { keyId: ana.keyId, publicKey: ana.publicKey }).keys.find(
      (k) => k.keyId === ana.keyId,
    );
    await ben.client.request(
      'POST',
      `/api/notes/${oddId}/readers`,
      { responderId: anaId, sealedKey: oddEntry },
      { origin: l.t.url },
    );

    // The list follows live (the notes topic): three notes, newest first, Ben's marked as his.
    await goToView(page, t.shell.nav.notes, n.heading);
    await expect.poll(() => page.locator('.note-item').count()).toBe(3);
    const links = await page.locator('.note-link').allInnerTexts();
    expect(links.some((text) => text.startsWith('Aftercare, '))).toBe(true);
    expect(links.some((text) => text.startsWith('Prevention, '))).toBe(true);
    expect(links.some((text) => text.startsWith('Note of '))).toBe(true);
    expect(await page.locator('.note-summary.closed').innerText()).toBe(n.cannotOpen);
    await expectAccessible(page, 'notes, one that will not open');

    // Ben's note: Ana reads it, may share it on, but neither edits it nor takes readers away.
    await page.locator('.note-link', { hasText: 'Aftercare' }).click();
    await page.getByRole('heading', { level: 2, name: n.kind.aftercare }).waitFor();
    expect(await page.locator('.note-text').innerText()).toBe('Ben’s note for Ana\nsecond line');
    expect(await page.getByRole('button', { name: n.edit }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /Remove/ }).count()).toBe(0);
    expect(await page.locator('.reader-list li').allInnerTexts()).toEqual([
      `Ben Ortiz (${n.author})`,
      `Ana Ruiz (${n.you})`,
    ]);
    // The teammate picker loads its own list after the note shows: wait for it, not for luck.
    await page.getByText(n.noTeammates).waitFor();
    await expectAccessible(page, 'a note shared with me');

    // A note that does not exist (or is not mine to read) looks the same.
    await page.evaluate(
      `history.pushState(null, '', '/console/notes/note_nobodyhasthis000'); dispatchEvent(new PopStateEvent('popstate'))`,
    );
    await page.getByText(n.notFound).waitFor();
    expect(problems).toEqual([]);
  }, 120_000);
});
