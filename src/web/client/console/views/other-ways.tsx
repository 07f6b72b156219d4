/**
 * Below the passphrase form: sign in with a passkey (only where the browser has WebAuthn), or
 * add this device with a one-time code from a signed-in one.
 */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { fill } from '../../../../i18n/catalog';
import { ApiError } from '../api';
import { Status } from '../components';
import { useFirstText, type Account } from '../context';
import { CannotUnlockError, signInWithPasskey } from '../passkeys';
import { passkeysSupported, wasCancelled } from '../webauthn';

export function OtherWays({
  unlock,
  onSignedIn,
  onUseCode,
}: {
  unlock: boolean;
  onSignedIn: (account: Account) => void;
  onUseCode: () => void;
}): JSX.Element | null {
  const text = useFirstText();
  const t = text.devices;
  const [working, setWorking] = useState(false);
  const [problem, setProblem] = useState('');
  const passkeys = passkeysSupported();
  // Unlocking needs the key back on this device; a code is for a device that has never had it.
  if (!passkeys && unlock) return null;

  async function withPasskey(): Promise<void> {
    if (working) return;
    setWorking(true);
    setProblem('');
    try {
      onSignedIn(await signInWithPasskey());
    } catch (error) {
      setProblem(messageFor(error));
      setWorking(false);
    }
  }

  function messageFor(error: unknown): string {
    if (error instanceof CannotUnlockError) return t.passkeyCannotUnlock;
    if (wasCancelled(error)) return t.passkeyCancelled;
    if (error instanceof ApiError && error.status === 401) return t.passkeyUnusable;
    if (error instanceof ApiError && error.status === 429)
      return fill(t.passkeyLocked, { minutes: String(Math.max(1, Math.ceil((error.retryAfter ?? 60) / 60))) });
    return text.shell.failed;
  }

  return (
    <section aria-labelledby="other-ways-heading">
      <h2 id="other-ways-heading">{t.otherWays}</h2>
      {problem ? (
        <p class="warning" role="alert">
          {problem}
        </p>
      ) : null}
      {passkeys ? (
        <p>
          <button type="button" class="button secondary" onClick={() => void withPasskey()}>
            {t.signInWithPasskey}
          </button>
        </p>
      ) : null}
      {unlock ? null : (
        <p>
          <button type="button" class="button secondary" onClick={onUseCode}>
            {t.useCode}
          </button>
        </p>
      )}
      <Status message={working ? t.passkeySigningIn : ''} />
    </section>
  );
}
