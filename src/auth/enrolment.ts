import { hashToken } from '../crypto/server-keys';
import { isLoopbackUrl } from '../platform/addresses';
import { newSecretToken } from '../platform/ids';
import type { IssuedInvite } from './issued';
import { alreadySetUp, badInvite, joinedAccount } from './joined';
import { getResponder } from '../responders/service';
import {
  deleteCredential,
  deleteInvite,
  deleteInvitesOf,
  findLiveInvite,
  hasCredential,
  insertCredential,
  renewDeviceEpoch,
  replaceInvite,
} from './repo/credentials';
import { forgetDeviceCodesOf } from './device-codes/service';
import { forgetPasskeysOf } from './passkeys/service';
import { checkEnrolment, INVITE_LIFETIME_MS, type Enrolment } from './protocol';
import { endSessionsOf, type NewSession } from './sessions/service';
import { nameKey, verifierOf, type Account, type SignInDeps } from './sign-in/service';

/**
 * Joining: a coordinator's one-time invite link, then the responder's browser sends its public
 * key, its wrapped private key and the verifier material. Also the coordinator's way back: reset.
 */
/** What an invite answer says about where its link opens; the console says the same in its own words. */
export function whereInvitesOpen(publicUrl: string): Pick<IssuedInvite, 'onlyOnThisMachine' | 'notice'> {
  if (!isLoopbackUrl(publicUrl)) return { onlyOnThisMachine: false };
  return {
    onlyOnThisMachine: true,
    notice:
      `This link opens only on the computer Kith runs on: Kith's public address is ${publicUrl}, which no other device can reach. ` +
      'To invite someone on their own phone, set KITH_PUBLIC_URL to the address your team can reach (for example https://line.example.org), restart Kith, and send a new invite.',
  };
}

/** A new invite link; any unused older one for the same responder stops working. */
export async function issueInvite(
  deps: SignInDeps & { publicUrl: string },
  programId: string,
  responderId: string,
): Promise<IssuedInvite> {
  await getResponder(deps, programId, responderId); // same program, or "not found"
  if (await hasCredential(deps.db, responderId)) throw alreadySetUp();
  const token = newSecretToken('inv');
  const now = deps.clock.now();
  const expiresAt = now + INVITE_LIFETIME_MS;
  await replaceInvite(deps.db, { tokenHash: hashToken(token), responderId, createdAt: now, expiresAt });
  // The token rides in the fragment, which browsers never send to a server or put in a Referer.
  return { inviteUrl: `${deps.publicUrl}/join#invite=${token}`, expiresAt, ...whereInvitesOpen(deps.publicUrl) };
}

/** What the join page shows before the person chooses a name and passphrase. */
export async function inspectInvite(
  deps: SignInDeps,
  invite: string,
): Promise<{ programName: string; responderName: string }> {
  const found = await findLiveInvite(deps.db, hashToken(invite), deps.clock.now());
  if (!found) throw badInvite();
  return { programName: found.programName, responderName: found.responderName };
}

/** Creates the credential, uses up the invite and starts a session — all or nothing. */
export async function acceptInvite(
  deps: SignInDeps,
  input: Enrolment & { invite: string },
): Promise<{ account: Account; session: NewSession }> {
  checkEnrolment(input);
  const now = deps.clock.now();
  const tokenHash = hashToken(input.invite);
  return deps.db.transaction().execute(async (trx) => {
    const invite = await findLiveInvite(trx, tokenHash, now);
    if (!invite || !(await deleteInvite(trx, tokenHash))) throw badInvite();
    if (await hasCredential(trx, invite.responderId)) throw alreadySetUp();
    const wrappedKey = JSON.stringify(input.wrappedKey);
    await insertCredential(trx, {
      responderId: invite.responderId,
      nameKey: nameKey(deps.keys, input.signInName),
      publicKey: input.publicKey,
      wrappedKey,
      authSalt: input.authSalt,
      opslimit: input.argon.opslimit,
      memlimit: input.argon.memlimit,
      verifier: verifierOf(deps.keys, input.authKey),
      createdAt: now,
    });
    return joinedAccount(deps, trx, invite, { publicKey: input.publicKey, wrappedKey }, now);
  });
}

/**
 * A lost or taken phone: every session of this responder ends now, and so do their passkeys and
 * any pending device code — a passkey left on the lost phone would otherwise sign it straight back
 * in — and their device cookies, which would otherwise spare the lost phone the limits others can
 * trip. Their passphrase sign-in stays; they add passkeys again from their other devices.
 */
export async function revokeSessions(deps: SignInDeps, programId: string, responderId: string): Promise<number> {
  await getResponder(deps, programId, responderId);
  return deps.db.transaction().execute(async (trx) => {
    await forgetPasskeysOf(trx, responderId);
    await forgetDeviceCodesOf(trx, responderId);
    await renewDeviceEpoch(trx, responderId, newSecretToken('epoch'));
    return endSessionsOf(trx, responderId);
  });
}

/**
 * Start over: sessions end and the credential, the passkeys and any pending device code (each
 * with a wrapped private key) are deleted, so a new invite can be issued. Whatever was sealed
 * only to the old key can no longer be opened.
 */
export async function resetSignIn(deps: SignInDeps, programId: string, responderId: string): Promise<void> {
  await getResponder(deps, programId, responderId);
  await deps.db.transaction().execute(async (trx) => {
    await endSessionsOf(trx, responderId);
    await forgetPasskeysOf(trx, responderId);
    await forgetDeviceCodesOf(trx, responderId);
    await deleteCredential(trx, responderId);
    await deleteInvitesOf(trx, responderId);
  });
}
