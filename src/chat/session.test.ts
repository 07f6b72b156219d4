import { describe, expect, it } from 'vitest';
import { keyId, openRecordText, ready, sealRecord } from '../crypto/e2e';
import type { ServerKeys } from '../crypto/server-keys';
import {
  chatCookie,
  clearedChatCookie,
  identityFromSession,
  newSecret,
  sameToken,
  secretFromCookie,
  secretFromHeader,
  secretFromPage,
  sessionOf,
} from './session';

/** A stand-in for the server's keyed hash: enough to see that the two uses are kept apart. */
const keys = { index: (purpose: string, value: string) => `${purpose}|${value}` } as unknown as ServerKeys;

describe('chat sessions', () => {
  it('reads only a well-formed kith_chat cookie', () => {
    const secret = newSecret();
    expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(secretFromCookie(`kith_lang=es; kith_chat=${secret}`)).toBe(secret);
    expect(secretFromCookie('kith_chat=short')).toBeUndefined();
    expect(secretFromCookie(`kith_chat=${secret}<`)).toBeUndefined();
    expect(secretFromCookie(undefined)).toBeUndefined();
  });

  it('keeps the sender index and the form token apart', () => {
    const session = sessionOf(keys, 'A'.repeat(43));
    expect(session.senderIndex).not.toBe(session.formToken);
    expect(sameToken(session.formToken, sessionOf(keys, 'A'.repeat(43)).formToken)).toBe(true);
    expect(sameToken(session.formToken, sessionOf(keys, 'B'.repeat(43)).formToken)).toBe(false);
    expect(sameToken(session.formToken, '')).toBe(false);
  });

  it('sets an HttpOnly, SameSite=Strict cookie for /chat only, Secure over https, and clears it', () => {
    expect(chatCookie('x', true)).toBe('kith_chat=x; Path=/chat; HttpOnly; SameSite=Strict; Secure');
    expect(chatCookie('x', false)).not.toContain('Secure');
    expect(clearedChatCookie(true)).toContain('Max-Age=0');
  });

  it('derives the same key pair from the same secret only, and it opens what was sealed to it', async () => {
    await ready();
    const secret = newSecret();
    const me = await identityFromSession(secret);
    expect((await identityFromSession(secret)).publicKey).toBe(me.publicKey);
    expect((await identityFromSession(newSecret())).publicKey).not.toBe(me.publicKey);
    expect(me.keyId).toBe(keyId(me.publicKey));
    const record = sealRecord({ recordId: 'msg_aaaaaaaaaaaaaaaa', plaintext: 'hola', readers: [me] });
    expect(openRecordText(record, me)).toBe('hola');
  });

  it('takes a session the page carries only with the token the server derived from it', () => {
    const secret = newSecret();
    const { formToken } = sessionOf(keys, secret);
    expect(secretFromPage(keys, secret, formToken)).toBe(secret);
    expect(secretFromHeader(keys, `${secret}.${formToken}`)).toBe(secret);
    expect(secretFromHeader(keys, secret)).toBeUndefined();
    expect(secretFromHeader(keys, `${secret}.${sessionOf(keys, newSecret()).formToken}`)).toBeUndefined();
    expect(secretFromPage(keys, `${secret}<`, formToken)).toBeUndefined();
    expect(secretFromPage(keys, undefined, formToken)).toBeUndefined();
    expect(secretFromHeader(keys, undefined)).toBeUndefined();
  });
});
