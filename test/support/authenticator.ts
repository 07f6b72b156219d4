import { createHash, createHmac, generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto';
import { isoCBOR } from '@simplewebauthn/server/helpers';

/**
 * A software WebAuthn authenticator and client for API tests, on node:crypto: ES256 keys,
 * attestation format "none", discoverable credentials, and the PRF extension computed the way
 * CTAP2's hmac-secret does it. It plays both the authenticator and the browser, so tests can also
 * make it misbehave: a wrong origin or relying party, a reused challenge, a counter going back.
 * The real browser's virtual authenticator is exercised in test/browser/passkeys.test.ts.
 */

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');
const sha256 = (data: Uint8Array | string) => createHash('sha256').update(data).digest();

interface StoredCredential {
  id: Buffer;
  privateKey: KeyObject;
  rpId: string;
  userHandle: Buffer;
  counter: number;
  /** The per-credential secret the PRF is keyed with (CTAP2 hmac-secret's CredRandom). */
  prfSecret: Buffer;
}

export interface CreationOptions {
  challenge: string;
  rp: { id?: string; name: string };
  user: { id: string; name: string; displayName: string };
  extensions?: { prf?: { eval?: { first: string } } };
}

export interface RequestOptions {
  challenge: string;
  rpId?: string;
  extensions?: { prf?: { eval?: { first: string } } };
}

/** What the browser sends for a new credential: WebAuthn's JSON form, with no PRF output in it. */
export interface Attestation {
  id: string;
  rawId: string;
  type: 'public-key';
  response: { clientDataJSON: string; attestationObject: string; transports: string[] };
  clientExtensionResults: Record<string, unknown>;
  authenticatorAttachment: 'platform';
}

export interface Assertion {
  id: string;
  rawId: string;
  type: 'public-key';
  response: { clientDataJSON: string; authenticatorData: string; signature: string; userHandle?: string };
  clientExtensionResults: Record<string, unknown>;
  authenticatorAttachment: 'platform';
}

export interface Tamper {
  origin?: string;
  rpId?: string;
  challenge?: string;
  type?: string;
  /** Leave the user-verified flag off. */
  unverified?: boolean;
}

export class SoftAuthenticator {
  private readonly credentials = new Map<string, StoredCredential>();

  /** `prf: false` is an authenticator without hmac-secret: the browser reports `prf.enabled: false`. */
  constructor(
    private readonly origin: string,
    private readonly options: { prf: boolean } = { prf: true },
  ) {}

  /** navigator.credentials.create(): returns what the browser would send, and the PRF output it keeps. */
  create(
    options: CreationOptions,
    tamper: Tamper = {},
  ): { attestation: Attestation; credentialId: string; prfOutput: Uint8Array | undefined } {
    const rpId = options.rp.id ?? new URL(this.origin).hostname;
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const jwk = publicKey.export({ format: 'jwk' });
    const cose = isoCBOR.encode(
      new Map<number, number | Uint8Array>([
        [1, 2], // kty: EC2
        [3, -7], // alg: ES256
        [-1, 1], // crv: P-256
        [-2, new Uint8Array(Buffer.from(jwk.x ?? '', 'base64url'))],
        [-3, new Uint8Array(Buffer.from(jwk.y ?? '', 'base64url'))],
      ]),
    );
    const id = randomBytes(16);
    const credential: StoredCredential = {
      id,
      privateKey,
      rpId: tamper.rpId ?? rpId,
      userHandle: Buffer.from(options.user.id, 'base64url'),
      counter: 0,
      prfSecret: randomBytes(32),
    };
    this.credentials.set(b64(id), credential);
    const length = Buffer.alloc(2);
    length.writeUInt16BE(id.length);
    const authData = Buffer.concat([
      this.authDataHead(credential, 0x40, tamper),
      Buffer.alloc(16), // AAGUID: none
      length,
      id,
      cose,
    ]);
    const clientDataJSON = this.clientData('webauthn.create', options.challenge, tamper);
    const attestationObject = isoCBOR.encode(
      new Map<string, string | Map<string, string> | Uint8Array>([
        ['fmt', 'none'],
        ['attStmt', new Map<string, string>()],
        ['authData', new Uint8Array(authData)],
      ]),
    );
    const salt = options.extensions?.prf?.eval?.first;
    return {
      credentialId: b64(id),
      // Like Chrome, report only that PRF works; the output comes from an assertion (see `get`).
      prfOutput: this.options.prf && salt !== undefined ? this.prf(credential, salt) : undefined,
      attestation: {
        id: b64(id),
        rawId: b64(id),
        type: 'public-key',
        response: {
          clientDataJSON: b64(clientDataJSON),
          attestationObject: b64(attestationObject),
          transports: ['internal'],
        },
        clientExtensionResults: salt === undefined ? {} : { prf: { enabled: this.options.prf } },
        authenticatorAttachment: 'platform',
      },
    };
  }

  /**
   * navigator.credentials.get() with no allowCredentials: the authenticator picks its (only, or
   * the named) discoverable credential for the relying party.
   */
  get(
    options: RequestOptions,
    pick?: string,
    tamper: Tamper = {},
  ): { assertion: Assertion; prfOutput: Uint8Array | undefined } {
    const rpId = options.rpId ?? new URL(this.origin).hostname;
    const credential =
      pick === undefined ? [...this.credentials.values()].find((c) => c.rpId === rpId) : this.credentials.get(pick);
    if (!credential) throw new Error('no credential for this relying party');
    credential.counter += 1;
    const authData = this.authDataHead(credential, 0, tamper);
    const clientDataJSON = this.clientData('webauthn.get', options.challenge, tamper);
    const signature = sign('sha256', Buffer.concat([authData, sha256(clientDataJSON)]), credential.privateKey);
    const salt = options.extensions?.prf?.eval?.first;
    return {
      prfOutput: this.options.prf && salt !== undefined ? this.prf(credential, salt) : undefined,
      assertion: {
        id: b64(credential.id),
        rawId: b64(credential.id),
        type: 'public-key',
        response: {
          clientDataJSON: b64(clientDataJSON),
          authenticatorData: b64(authData),
          signature: b64(signature),
          userHandle: b64(credential.userHandle),
        },
        clientExtensionResults: {},
        authenticatorAttachment: 'platform',
      },
    };
  }

  /** Sets a credential's signature counter, e.g. back to an older value (a cloned authenticator). */
  setCounter(credentialId: string, counter: number): void {
    const credential = this.credentials.get(credentialId);
    if (!credential) throw new Error('unknown credential');
    credential.counter = counter;
  }

  /** Claims another user handle (a credential that says it belongs to someone else). */
  setUserHandle(credentialId: string, userHandle: Uint8Array): void {
    const credential = this.credentials.get(credentialId);
    if (!credential) throw new Error('unknown credential');
    credential.userHandle = Buffer.from(userHandle);
  }

  private authDataHead(credential: StoredCredential, extraFlags: number, tamper: Tamper): Buffer {
    const userPresent = 0x01;
    const userVerified = tamper.unverified ? 0 : 0x04;
    const counter = Buffer.alloc(4);
    counter.writeUInt32BE(credential.counter);
    return Buffer.concat([
      sha256(tamper.rpId ?? credential.rpId),
      Buffer.from([userPresent | userVerified | extraFlags]),
      counter,
    ]);
  }

  private clientData(type: string, challenge: string, tamper: Tamper): Buffer {
    return Buffer.from(
      JSON.stringify({
        type: tamper.type ?? type,
        challenge: tamper.challenge ?? challenge,
        origin: tamper.origin ?? this.origin,
        crossOrigin: false,
      }),
      'utf8',
    );
  }

  /** WebAuthn's PRF over CTAP2 hmac-secret: HMAC-SHA-256(CredRandom, SHA-256("WebAuthn PRF" ‖ 0x00 ‖ input)). */
  private prf(credential: StoredCredential, input: string): Uint8Array {
    const salt = sha256(
      Buffer.concat([Buffer.from('WebAuthn PRF', 'utf8'), Buffer.from([0]), Buffer.from(input, 'base64url')]),
    );
    return new Uint8Array(createHmac('sha256', credential.prfSecret).update(salt).digest());
  }
}
