import type { Page } from 'playwright-core';
import { en } from '../../src/web/i18n/en';
import type { TestKith } from './kith';

/**
 * Signing someone into the console in a real browser, the way a person does it: a coordinator's
 * invite link (made through the API with `token`), then the join form. Argon2id runs in the page
 * and takes a couple of seconds, hence the long waits. Needs a Kith started with `ownAddress`, so
 * the browser's Origin matches the public URL.
 */
export const CONSOLE_PASSPHRASE = 'river stone lantern';

export async function joinByInvite(
  page: Page,
  kith: TestKith,
  token: string,
  responderId: string,
  signInName: string,
  passphrase = CONSOLE_PASSPHRASE,
): Promise<void> {
  const t = en.console;
  const invite = await kith.api<{ inviteUrl: string }>(
    'POST',
    `/api/responders/${responderId}/invite`,
    undefined,
    token,
  );
  if (invite.status !== 201) throw new Error(`invite failed: ${invite.status}`);
  await page.goto(invite.body.inviteUrl);
  await page.locator('#sign-in-name').fill(signInName);
  await page.locator('#passphrase').fill(passphrase);
  await page.locator('#confirm').fill(passphrase);
  await page.locator('#confirm').press('Enter');
  await page.getByRole('heading', { name: t.join.doneHeading }).waitFor({ timeout: 20_000 });
  await page.getByRole('button', { name: t.join.goHome }).click();
  await page.getByRole('button', { name: t.shell.signOut }).waitFor();
}

/** Moves inside the console as a click on its navigation does (no reload, the key stays in memory). */
export async function goToView(page: Page, link: string, heading = link): Promise<void> {
  await page
    .getByRole('navigation', { name: en.console.shell.nav.label })
    .getByRole('link', { name: link, exact: true })
    .click();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}
