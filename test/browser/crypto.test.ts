import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sodium } from '../../src/crypto/e2e-base';
import {
  defaultArgon,
  deriveSignInKeys,
  generateIdentity,
  newAuthSalt,
  openRecordText,
  PASSPHRASE_LABEL,
  ready,
  resealRecord,
  sealRecord,
  shareRecord,
  unwrapWithKey,
  unwrapWithPassphrase,
  wrapWithKey,
  wrapWithPassphrase,
  type KeyWrappedKey,
  type PassphraseWrappedKey,
  type SealedRecord,
} from '../../src/crypto/e2e';
import { EXPECTED, knownAnswers } from '../../src/crypto/e2e-vectors';
import { ManualClock } from '../../src/platform/clock';
import { describeInChromium, openPage, releaseChromium, sharedChromium, type TestPage } from '../support/chromium';
import { T0 } from '../support/kith';

/**
 * The end-to-end layer is one isomorphic module: the console runs it in the browser, tests and the
 * server's checks run it in Node. Here the same source is bundled for Chromium (as the console's
 * build does, with esbuild) and must give the same known answers, and what one side seals, wraps or
 * shares the other must open.
 */

/** What the bundle puts on `globalThis.KithE2e`. Types only: nothing from these modules runs in the page's scope. */
type Bundle = typeof import('../../src/crypto/e2e') &
  typeof import('../../src/crypto/e2e-testing') &
  typeof import('../../src/crypto/e2e-vectors') & { sodium: typeof sodium };

const CRYPTO_DIR = fileURLToPath(new URL('../../src/crypto/', import.meta.url));

async function bundleForBrowser(): Promise<string> {
  const result = await build({
    stdin: {
      contents: [
        "export * from './e2e';",
        "export { identityFromSeed, sealRecordDeterministic } from './e2e-testing';",
        "export { knownAnswers, EXPECTED } from './e2e-vectors';",
        "export { sodium } from './e2e-base';",
      ].join('\n'),
      resolveDir: CRYPTO_DIR,
      loader: 'ts',
      sourcefile: 'kith-e2e-browser-test.ts',
    },
    bundle: true,
    format: 'iife',
    globalName: 'KithE2e',
    platform: 'browser',
    target: 'es2020', // the console's target
    write: false,
    logLevel: 'silent',
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error('esbuild produced nothing');
  return output.text;
}

const toHex = (bytes: Uint8Array) => sodium.to_hex(bytes);

describeInChromium('the end-to-end layer in Chromium: known answers and interop with Node', () => {
  let browser: Browser;
  let tab: TestPage;
  let page: Page;

  beforeAll(async () => {
    const [code] = await Promise.all([bundleForBrowser(), ready()]);
    browser = await sharedChromium();
    // No server here: the known answers do not depend on the date, but the page still runs on a test clock.
    tab = await openPage(browser, { clock: new ManualClock(T0) });
    page = tab.page;
    await page.goto('about:blank');
    await page.addScriptTag({ content: code });
    await page.evaluate(async () => {
      await (globalThis as unknown as { KithE2e: Bundle }).KithE2e.ready();
    });
  }, 60_000);
  afterAll(async () => {
    await tab?.close();
    await releaseChromium();
  });

  describe('known answers', () => {
    it('the browser build computes every known answer Node computes, and both are the expected ones', async () => {
      const inBrowser = await page.evaluate(() =>
        (globalThis as unknown as { KithE2e: Bundle }).KithE2e.knownAnswers(),
      );
      const inNode = knownAnswers();
      expect(inBrowser).toEqual(EXPECTED);
      expect(inNode).toEqual(EXPECTED);
      expect(Object.keys(inBrowser).length).toBeGreaterThanOrEqual(20);
      expect(tab.problems).toEqual([]);
    });

    it('the bundle is the same module the vectors describe: EXPECTED travels into the page unchanged', async () => {
      const expectedThere = await page.evaluate(() => (globalThis as unknown as { KithE2e: Bundle }).KithE2e.EXPECTED);
      expect(expectedThere).toEqual(EXPECTED);
    });
  });

  describe('records', () => {
    it('a record sealed in Node opens in the browser', async () => {
      const reader = generateIdentity();
      const plaintext = 'Sealed in Node: café ☕, line one\nline two';
      const record = sealRecord({ recordId: 'note_interopNodeToWeb1', plaintext, readers: [reader] });
      const opened = await page.evaluate(
        ({ record, secretKey }) => {
          const k = (globalThis as unknown as { KithE2e: Bundle }).KithE2e;
          return k.openRecordText(record, k.identityFromSecretKey(k.sodium.from_hex(secretKey)));
        },
        { record, secretKey: toHex(reader.secretKey) },
      );
      expect(opened).toBe(plaintext);
    });

    it('a record sealed in the browser opens in Node, and is sealed to the readers it names only', async () => {
      const a = generateIdentity();
      const outsider = generateIdentity();
      const plaintext = 'Sealed in Chromium: ñandú 🦤';
      const record = await page.evaluate(
        ({ plaintext, reader }) => {
          const k = (globalThis as unknown as { KithE2e: Bundle }).KithE2e;
          return k.sealRecord({ recordId: 'note_interopWebToNode1', plaintext, readers: [reader] });
        },
        { plaintext, reader: { keyId: a.keyId, publicKey: a.publicKey } },
      );
      expect(record).toMatchObject({
        v: 1,
        alg: 'xchacha20poly1305-ietf+x25519-sealedbox',
        recordId: 'note_interopWebToNode1',
      });
      expect(record.keys.map((key) => key.keyId)).toEqual([a.keyId]);
      expect(openRecordText(record, a)).toBe(plaintext);
      expect(() => openRecordText(record, outsider)).toThrow();
    });

    it('sharing and editing in the browser keep working in Node: the new reader opens it, every reader sees the edit', async () => {
      const author = generateIdentity();
      const teammate = generateIdentity();
      const record = sealRecord({ recordId: 'note_interopShareEdit', plaintext: 'first words', readers: [author] });
      const { shared, edited } = await page.evaluate(
        ({ record, authorSecret, teammate }) => {
          const k = (globalThis as unknown as { KithE2e: Bundle }).KithE2e;
          const me = k.identityFromSecretKey(k.sodium.from_hex(authorSecret));
          const shared = k.shareRecord(record, me, teammate);
          return { shared, edited: k.resealRecord(shared, me, 'second words') };
        },
        {
          record,
          authorSecret: toHex(author.secretKey),
          teammate: { keyId: teammate.keyId, publicKey: teammate.publicKey },
        },
      );
      expect(shared.ciphertext).toBe(record.ciphertext); // sharing never re-encrypts the content
      expect(openRecordText(shared, teammate)).toBe('first words');
      expect(edited.keys).toEqual(shared.keys); // an edit keeps every reader's sealed key
      expect(openRecordText(edited, teammate)).toBe('second words');
      expect(openRecordText(edited, author)).toBe('second words');

      // And the other way: Node shares and edits, the browser opens as the teammate.
      const fromNode: SealedRecord = resealRecord(shareRecord(record, author, teammate), author, 'third words');
      const openedThere = await page.evaluate(
        ({ record, secretKey }) => {
          const k = (globalThis as unknown as { KithE2e: Bundle }).KithE2e;
          return k.openRecordText(record, k.identityFromSecretKey(k.sodium.from_hex(secretKey)));
        },
        { record: fromNode, secretKey: toHex(teammate.secretKey) },
      );
      expect(openedThere).toBe('third words');
    });
  });

  describe('wrapped keys', () => {
    it('the sign-in split made in the browser gives Node the same auth key, and its wrap opens in Node', async () => {
      const me = generateIdentity();
      const passphrase = 'river stone lantern, 1987';
      const authSalt = newAuthSalt();
      const argon = defaultArgon('interactive');
      const there = await page.evaluate(
        ({ passphrase, authSalt, argon, secretKey }) => {
          const k = (globalThis as unknown as { KithE2e: Bundle }).KithE2e;
          const { authKey, wrappingKey } = k.deriveSignInKeys(passphrase, authSalt, argon, true);
          const wrapped = k.wrapWithKey(k.sodium.from_hex(secretKey), wrappingKey, k.PASSPHRASE_LABEL);
          return { authKey, wrapped };
        },
        { passphrase, authSalt, argon, secretKey: toHex(me.secretKey) },
      );
      const here = deriveSignInKeys(passphrase, authSalt, argon);
      expect(there.authKey).toBe(here.authKey);
      expect(there.wrapped).toMatchObject({
        v: 1,
        alg: 'blake2b256-kdf+xchacha20poly1305-ietf',
        label: PASSPHRASE_LABEL,
        keyId: me.keyId,
        publicKey: me.publicKey,
      });
      expect(unwrapWithKey(there.wrapped, here.wrappingKey)).toEqual(me.secretKey);
      // The passphrase typed in another form (NFKC) on another device still unwraps it.
      expect(
        unwrapWithKey(there.wrapped, deriveSignInKeys('river stone lantern, １９８７', authSalt, argon).wrappingKey),
      ).toEqual(me.secretKey);
      expect(() =>
        unwrapWithKey(there.wrapped, deriveSignInKeys('river stone lantern, 1988', authSalt, argon).wrappingKey),
      ).toThrow();
    });

    it('a key wrapped in Node (sign-in split, passphrase wrap, passkey PRF) unwraps in the browser', async () => {
      const me = generateIdentity();
      const passphrase = 'tangerine harbour kites';
      const authSalt = newAuthSalt();
      const argon = defaultArgon('interactive');
      const { authKey, wrappingKey } = deriveSignInKeys(passphrase, authSalt, argon, true);
      const bySignIn: KeyWrappedKey = wrapWithKey(me.secretKey, wrappingKey, PASSPHRASE_LABEL);
      const byPassphrase: PassphraseWrappedKey = wrapWithPassphrase(me.secretKey, passphrase, 'interactive');
      const prf = sodium.randombytes_buf(32);
      const byPasskey: KeyWrappedKey = wrapWithKey(me.secretKey, prf, 'credential-xyz');

      const there = await page.evaluate(
        ({ passphrase, authSalt, argon, bySignIn, byPassphrase, byPasskey, prf }) => {
          const k = (globalThis as unknown as { KithE2e: Bundle }).KithE2e;
          const split = k.deriveSignInKeys(passphrase, authSalt, argon);
          return {
            authKey: split.authKey,
            bySignIn: k.sodium.to_hex(k.unwrapWithKey(bySignIn, split.wrappingKey)),
            byPassphrase: k.sodium.to_hex(k.unwrapWithPassphrase(byPassphrase, passphrase)),
            byPasskey: k.sodium.to_hex(k.unwrapWithKey(byPasskey, k.sodium.from_hex(prf))),
            wrongPassphrase: (() => {
              try {
                k.unwrapWithPassphrase(byPassphrase, `${passphrase}!`);
                return 'opened';
              } catch (error) {
                return error instanceof k.WrongKeyError ? 'wrong_key' : 'other';
              }
            })(),
          };
        },
        { passphrase, authSalt, argon, bySignIn, byPassphrase, byPasskey, prf: toHex(prf) },
      );
      expect(there).toEqual({
        authKey,
        bySignIn: toHex(me.secretKey),
        byPassphrase: toHex(me.secretKey),
        byPasskey: toHex(me.secretKey),
        wrongPassphrase: 'wrong_key',
      });
    });

    it('a passphrase wrap made in the browser unwraps in Node', async () => {
      const me = generateIdentity();
      const wrapped = await page.evaluate(
        ({ secretKey }) => {
          const k = (globalThis as unknown as { KithE2e: Bundle }).KithE2e;
          return k.wrapWithPassphrase(k.sodium.from_hex(secretKey), 'a long enough passphrase', 'interactive');
        },
        { secretKey: toHex(me.secretKey) },
      );
      expect(unwrapWithPassphrase(wrapped, 'a long enough passphrase')).toEqual(me.secretKey);
      expect(tab.problems).toEqual([]);
    });
  });
});
