import { expect } from 'vitest';
import {
  deriveSignInKeys,
  generateIdentity,
  newAuthSalt,
  PASSPHRASE_LABEL,
  ready,
  wrapWithKey,
  type Identity,
} from '../../src/crypto/e2e';
import { Browser, cheapestAccepted, inviteToken } from './console-client';
import type { Line } from './line';

/**
 * A teammate who set up their sign-in elsewhere (here, in Node with the same crypto layer as the
 * console): they have a key in the directory, so notes and briefs can be sealed to them, and they
 * can open what is. Their requests carry the line's own origin unless told otherwise.
 */
export async function enrolInNode(
  line: Line,
  responderId: string,
  signInName: string,
): Promise<{ me: Identity; client: Browser }> {
  await ready();
  const me = generateIdentity();
  const authSalt = newAuthSalt();
  const argon = cheapestAccepted();
  const { authKey, wrappingKey } = deriveSignInKeys('a teammate’s long passphrase', authSalt, argon, true);
  const wrappedKey = wrapWithKey(me.secretKey, wrappingKey, PASSPHRASE_LABEL);
  const invite = await line.t.api<{ inviteUrl: string }>(
    'POST',
    `/api/responders/${responderId}/invite`,
    undefined,
    line.token,
  );
  expect(invite.status).toBe(201);
  const client = new Browser(line.t.url, new URL(line.t.url).origin);
  const body = {
    invite: inviteToken(invite.body.inviteUrl),
    signInName,
    publicKey: me.publicKey,
    wrappedKey,
    authSalt,
    argon,
    authKey,
  };
  expect((await client.request('POST', '/api/invites/accept', body, { origin: null })).status).toBe(201);
  return { me, client };
}
