/**
 * The browser's standard WebAuthn API (`navigator.credentials`), with the few conversions the
 * server's JSON needs: base64url ↔ bytes, and a credential to WebAuthn's JSON form. Written here
 * rather than taken from @simplewebauthn/browser: it is about sixty lines, it keeps one more
 * dependency out of the page every responder loads, and it lets us decide exactly what leaves the
 * browser — above all that the PRF output never does.
 */

/** The PRF input. The server asks for the same (src/auth/passkeys/webauthn.ts PRF_SALT); this one is what counts. */
export const PRF_INPUT = new TextEncoder().encode('kith/prf/v1');

/**
 * A passkey belongs to the line's domain (KITH_PUBLIC_URL), so a browser at the line's Tor onion
 * address cannot make or use one: there, the passphrase and device codes are offered alone.
 */
export function passkeysSupported(): boolean {
  if (location.hostname.endsWith('.onion')) return false;
  return typeof window.PublicKeyCredential === 'function' && typeof navigator.credentials?.create === 'function';
}

export function fromB64url(text: string): Uint8Array<ArrayBuffer> {
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function toB64url(source: BufferSource): string {
  let binary = '';
  for (const byte of bytesOf(source)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** A copy, so wiping it does not touch the browser's own buffer (and vice versa). */
export function bytesOf(source: BufferSource): Uint8Array {
  return source instanceof ArrayBuffer
    ? new Uint8Array(source.slice(0))
    : new Uint8Array(source.buffer.slice(source.byteOffset, source.byteOffset + source.byteLength));
}

/** The authenticator cannot hold the key (no PRF): the passphrase stays this device's way in. */
export class NoPrfError extends Error {
  constructor() {
    super('this authenticator has no PRF');
  }
}

interface CreationOptionsJSON {
  challenge: string;
  rp: { id?: string; name: string };
  user: { id: string; name: string; displayName: string };
  pubKeyCredParams: PublicKeyCredentialParameters[];
  timeout?: number;
  excludeCredentials?: { id: string; transports?: string[] }[];
  authenticatorSelection?: AuthenticatorSelectionCriteria;
}

interface RequestOptionsJSON {
  challenge: string;
  rpId?: string;
  timeout?: number;
  userVerification?: UserVerificationRequirement;
}

export interface Attestation {
  id: string;
  rawId: string;
  type: 'public-key';
  response: { clientDataJSON: string; attestationObject: string; transports: string[] };
  clientExtensionResults: { prf: { enabled: boolean } };
  authenticatorAttachment?: string;
}

export interface Assertion {
  id: string;
  rawId: string;
  type: 'public-key';
  response: { clientDataJSON: string; authenticatorData: string; signature: string; userHandle?: string };
  /** Always empty: the PRF output is the key to the key and is never sent. */
  clientExtensionResults: Record<string, never>;
  authenticatorAttachment?: string;
}

/** Asks the browser, where it can say, whether PRF works at all, before a credential is made. */
async function prfImpossible(): Promise<boolean> {
  if (typeof PublicKeyCredential.getClientCapabilities !== 'function') return false;
  try {
    const capabilities: Record<string, boolean | undefined> = await PublicKeyCredential.getClientCapabilities();
    return capabilities['extension:prf'] === false;
  } catch {
    return false;
  }
}

function prfOf(credential: PublicKeyCredential): { enabled: boolean; first: Uint8Array | undefined } {
  const prf = credential.getClientExtensionResults().prf;
  const first = prf?.results?.first;
  return {
    enabled: prf?.enabled === true || first !== undefined,
    first: first === undefined ? undefined : bytesOf(first),
  };
}

const attachment = (credential: PublicKeyCredential) =>
  credential.authenticatorAttachment ? { authenticatorAttachment: credential.authenticatorAttachment } : {};

/**
 * Makes a passkey and gets its PRF output. Some browsers give the output at creation; others
 * (Chrome today) only say PRF is enabled, and the output then takes an assertion with this new
 * credential — its challenge is made here, because nobody verifies it: it exists to ask for the PRF.
 */
export async function createPasskey(
  options: CreationOptionsJSON,
): Promise<{ attestation: Attestation; prfOutput: Uint8Array }> {
  if (await prfImpossible()) throw new NoPrfError();
  const created = await navigator.credentials.create({
    publicKey: {
      challenge: fromB64url(options.challenge),
      rp: options.rp,
      user: { id: fromB64url(options.user.id), name: options.user.name, displayName: options.user.displayName },
      pubKeyCredParams: options.pubKeyCredParams,
      ...(options.timeout === undefined ? {} : { timeout: options.timeout }),
      excludeCredentials: (options.excludeCredentials ?? []).map((c) => ({
        type: 'public-key' as const,
        id: fromB64url(c.id),
        transports: (c.transports ?? []) as AuthenticatorTransport[],
      })),
      ...(options.authenticatorSelection ? { authenticatorSelection: options.authenticatorSelection } : {}),
      attestation: 'none',
      extensions: { prf: { eval: { first: PRF_INPUT } } },
    },
  });
  if (!(created instanceof PublicKeyCredential) || !(created.response instanceof AuthenticatorAttestationResponse))
    throw new Error('no credential');
  const prf = prfOf(created);
  if (!prf.enabled) {
    forgetCredential(options.rp.id, created.id);
    throw new NoPrfError();
  }
  let prfOutput = prf.first;
  if (prfOutput === undefined) {
    try {
      const asked = await navigator.credentials.get({
        publicKey: {
          challenge: crypto.getRandomValues(new Uint8Array(32)),
          ...(options.rp.id === undefined ? {} : { rpId: options.rp.id }),
          allowCredentials: [{ type: 'public-key', id: created.rawId }],
          userVerification: 'required',
          extensions: { prf: { eval: { first: PRF_INPUT } } },
        },
      });
      prfOutput = asked instanceof PublicKeyCredential ? prfOf(asked).first : undefined;
    } catch (error) {
      // Cancelled at the second prompt: the new credential will never be registered.
      forgetCredential(options.rp.id, created.id);
      throw error;
    }
  }
  if (prfOutput === undefined || prfOutput.length !== 32) {
    forgetCredential(options.rp.id, created.id);
    throw new NoPrfError();
  }
  const response = created.response;
  return {
    prfOutput,
    attestation: {
      id: created.id,
      rawId: toB64url(created.rawId),
      type: 'public-key',
      response: {
        clientDataJSON: toB64url(response.clientDataJSON),
        attestationObject: toB64url(response.attestationObject),
        transports: typeof response.getTransports === 'function' ? response.getTransports() : [],
      },
      clientExtensionResults: { prf: { enabled: true } },
      ...attachment(created),
    },
  };
}

/** Signs in with whichever passkey the person picks; returns the assertion and the PRF output, apart. */
export async function getPasskey(
  options: RequestOptionsJSON,
): Promise<{ assertion: Assertion; prfOutput: Uint8Array | undefined }> {
  const got = await navigator.credentials.get({
    publicKey: {
      challenge: fromB64url(options.challenge),
      ...(options.rpId === undefined ? {} : { rpId: options.rpId }),
      ...(options.timeout === undefined ? {} : { timeout: options.timeout }),
      allowCredentials: [],
      userVerification: 'required',
      extensions: { prf: { eval: { first: PRF_INPUT } } },
    },
  });
  if (!(got instanceof PublicKeyCredential) || !(got.response instanceof AuthenticatorAssertionResponse))
    throw new Error('no credential');
  const response = got.response;
  const prfOutput = prfOf(got).first;
  return {
    prfOutput: prfOutput?.length === 32 ? prfOutput : undefined,
    assertion: {
      id: got.id,
      rawId: toB64url(got.rawId),
      type: 'public-key',
      response: {
        clientDataJSON: toB64url(response.clientDataJSON),
        authenticatorData: toB64url(response.authenticatorData),
        signature: toB64url(response.signature),
        ...(response.userHandle ? { userHandle: toB64url(response.userHandle) } : {}),
      },
      clientExtensionResults: {},
      ...attachment(got),
    },
  };
}

/** The person cancelled, or the prompt timed out: not an error worth more than a plain sentence. */
export function wasCancelled(error: unknown): boolean {
  return error instanceof DOMException && (error.name === 'NotAllowedError' || error.name === 'AbortError');
}

/** The authenticator already holds a passkey for this person (excludeCredentials matched). */
export function alreadyRegistered(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'InvalidStateError';
}

interface SignalsUnknown {
  signalUnknownCredential?: (options: { rpId: string; credentialId: string }) => Promise<void>;
}

/**
 * A credential the server will never know (no PRF) would linger in the person's passkey list;
 * browsers that support it are asked to drop it. Best effort: older ones simply keep it.
 */
export function forgetCredential(rpId: string | undefined, credentialId: string): void {
  const signals = PublicKeyCredential as unknown as SignalsUnknown;
  if (rpId === undefined || typeof signals.signalUnknownCredential !== 'function') return;
  signals.signalUnknownCredential({ rpId, credentialId }).catch(() => undefined);
}
