/**
 * "This device and sign-in": add a passkey here (its PRF output wraps the key in memory), list
 * and remove passkeys, and make a one-time code to add another device. Needs the key in memory:
 * both ways of adding wrap it.
 */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { fill } from '../../../../i18n/catalog';
import { ApiError } from '../api';
import { ErrorSummary, Failed, type Problem, Status, ViewHeading } from '../components';
import { useLang, useText } from '../context';
import { cancelDeviceCode, formatCode, makeDeviceCode } from '../device-codes';
import { useLoad } from '../load';
import { addPasskey, listPasskeys, removePasskey, type PasskeySummary } from '../passkeys';
import { formatTime } from '../time';
import { alreadyRegistered, NoPrfError, passkeysSupported, wasCancelled } from '../webauthn';

export function DevicesView({ addedByCode }: { addedByCode: boolean }): JSX.Element {
  const t = useText().devices;
  const [problems, setProblems] = useState<Problem[]>([]);
  return (
    <>
      <ViewHeading title={t.title}>{t.heading}</ViewHeading>
      <ErrorSummary problems={problems} />
      {addedByCode ? <p class="notice">{t.addedByCode}</p> : <p>{t.intro}</p>}
      <Passkeys onProblem={(message) => setProblems(message ? [{ message }] : [])} />
      <DeviceCode onProblem={(message) => setProblems(message ? [{ message }] : [])} />
    </>
  );
}

function Passkeys({ onProblem }: { onProblem: (message: string | undefined) => void }): JSX.Element {
  const text = useText();
  const t = text.devices;
  const lang = useLang();
  const passkeys = useLoad(listPasskeys, 'passkeys');
  const [status, setStatus] = useState('');
  const [working, setWorking] = useState(false);
  const supported = passkeysSupported();
  const when = (at: number) => formatTime(at, lang, undefined, true);

  async function add(): Promise<void> {
    if (working) return;
    setWorking(true);
    onProblem(undefined);
    setStatus(t.adding);
    try {
      await addPasskey();
      await passkeys.reload();
      setStatus(t.added);
    } catch (error) {
      setStatus('');
      onProblem(messageFor(error));
    } finally {
      setWorking(false);
    }
  }

  function messageFor(error: unknown): string {
    if (error instanceof NoPrfError) return t.noPrf;
    if (wasCancelled(error)) return t.cancelled;
    if (alreadyRegistered(error)) return t.alreadyAdded;
    if (error instanceof ApiError && error.status === 409) return t.tooMany;
    return text.shell.failed;
  }

  async function remove(passkey: PasskeySummary): Promise<void> {
    onProblem(undefined);
    try {
      await removePasskey(passkey.id);
      await passkeys.reload();
      setStatus(t.removed);
    } catch {
      onProblem(text.shell.failed);
      void passkeys.reload();
    }
  }

  return (
    <section aria-labelledby="passkeys-heading">
      <h2 id="passkeys-heading">{t.passkeysHeading}</h2>
      <p>{t.passkeysIntro}</p>
      {passkeys.failed ? <Failed retry={passkeys.reload} /> : null}
      {passkeys.data === undefined ? null : passkeys.data.length === 0 ? (
        <p>{t.passkeysNone}</p>
      ) : (
        <ul class="plain-list" aria-labelledby="passkeys-heading">
          {passkeys.data.map((passkey) => (
            <li key={passkey.id} class="passkey">
              <span>
                {fill(t.passkeyAdded, { time: when(passkey.createdAt) })}
                {', '}
                {passkey.lastUsedAt === null
                  ? t.passkeyNeverUsed
                  : fill(t.passkeyLastUsed, { time: when(passkey.lastUsedAt) })}
              </span>{' '}
              <button
                type="button"
                class="button secondary"
                aria-label={fill(t.removeLabel, { time: when(passkey.createdAt) })}
                onClick={() => void remove(passkey)}
              >
                {t.remove}
              </button>
            </li>
          ))}
        </ul>
      )}
      {supported ? (
        <>
          <p class="hint" id="add-passkey-hint">
            {t.addPasskeyHint}
          </p>
          <button type="button" class="button" aria-describedby="add-passkey-hint" onClick={() => void add()}>
            {t.addPasskey}
          </button>
        </>
      ) : (
        <p>{t.noSupport}</p>
      )}
      <Status message={status} />
    </section>
  );
}

function DeviceCode({ onProblem }: { onProblem: (message: string | undefined) => void }): JSX.Element {
  const text = useText();
  const t = text.devices;
  const lang = useLang();
  const [pending, setPending] = useState<{ code: string; expiresAt: number } | undefined>(undefined);
  const [status, setStatus] = useState('');
  const [working, setWorking] = useState(false);

  async function make(): Promise<void> {
    if (working) return;
    setWorking(true);
    onProblem(undefined);
    setStatus(t.making);
    try {
      setPending(await makeDeviceCode());
      setStatus('');
    } catch {
      setStatus('');
      onProblem(text.shell.failed);
    } finally {
      setWorking(false);
    }
  }

  async function cancel(): Promise<void> {
    onProblem(undefined);
    try {
      await cancelDeviceCode();
      setPending(undefined);
      setStatus(t.codeCancelled);
    } catch {
      onProblem(text.shell.failed);
    }
  }

  return (
    <section aria-labelledby="code-heading">
      <h2 id="code-heading">{t.codeHeading}</h2>
      <p>{t.codeIntro}</p>
      {pending ? (
        <div class="panel">
          <p>{t.codeLabel}</p>
          {/* Shown in two groups; read out letter by letter (a screen reader would say "7KQ2M" as a word). */}
          <p class="device-code">
            <span aria-hidden="true" data-code>
              {formatCode(pending.code)}
            </span>
            <span class="visually-hidden">{[...pending.code].join(' ')}</span>
          </p>
          <p>{fill(t.codeExpires, { time: formatTime(pending.expiresAt, lang, undefined) })}</p>
          <p>{t.codeHowTo}</p>
          <p class="warning">{t.codeWarning}</p>
          <button type="button" class="button secondary" onClick={() => void cancel()}>
            {t.cancelCode}
          </button>
        </div>
      ) : (
        <button type="button" class="button" onClick={() => void make()}>
          {t.makeCode}
        </button>
      )}
      <Status message={status} />
    </section>
  );
}
