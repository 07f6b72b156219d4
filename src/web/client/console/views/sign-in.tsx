/** Sign in with a sign-in name and passphrase; also the "unlock" form after a reload (the key is in memory only). */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { ErrorSummary, Field, problemFor, Status, ViewHeading, type Problem } from '../components';
import { useFirstText, type Account } from '../context';
import { lazyView } from '../lazy';
import { refusalMessage, SignInNameField } from './sign-in-parts';
import { navigate } from '../router';
import { signIn } from '../session';
import { OtherWays } from './other-ways';

/** Signing in with a code from another device is the rarer way: its part is fetched when chosen. */
const DeviceCodeSignIn = lazyView(() => import('./device-code-sign-in').then((m) => m.DeviceCodeSignIn));

interface Props {
  /** Unlocking: the session is still valid, only the key is missing. */
  unlock?: boolean;
  /** Said above the form: "you are signed out", "your session ended". */
  notice?: string | undefined;
  onSignedIn: (account: Account) => void;
}

export function SignInView({ unlock = false, notice, onSignedIn }: Props): JSX.Element {
  const text = useFirstText();
  const t = text.signIn;
  const [name, setName] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [problems, setProblems] = useState<Problem[]>([]);
  const [working, setWorking] = useState(false);
  const [withCode, setWithCode] = useState(false);

  if (withCode) {
    // A device added with a code is offered a passkey next, so it need not ask for a code again.
    return (
      <DeviceCodeSignIn
        onBack={() => setWithCode(false)}
        onSignedIn={(account) => {
          onSignedIn(account);
          navigate('/console/devices?added=code');
        }}
      />
    );
  }

  async function submit(event: Event): Promise<void> {
    event.preventDefault();
    if (working) return;
    const found: Problem[] = [];
    if (name.trim() === '') found.push({ field: 'sign-in-name', message: t.nameMissing });
    if (passphrase === '') found.push({ field: 'passphrase', message: t.passphraseMissing });
    setProblems(found);
    if (found.length > 0) return;
    setWorking(true);
    try {
      const account = await signIn(name.trim(), passphrase);
      setPassphrase('');
      onSignedIn(account);
    } catch (error) {
      setProblems([
        { message: refusalMessage(error, { wrong: t.wrong, locked: t.locked, failed: text.shell.failed }) },
      ]);
      setWorking(false);
    }
  }

  return (
    <>
      <ViewHeading title={unlock ? t.unlockHeading : t.title}>{unlock ? t.unlockHeading : t.heading}</ViewHeading>
      {notice ? <p class="notice">{notice}</p> : null}
      <p>{unlock ? t.unlockIntro : t.intro}</p>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <ErrorSummary problems={problems} />
        <SignInNameField
          id="sign-in-name"
          label={t.signInName.label}
          error={problemFor(problems, 'sign-in-name')}
          value={name}
          onInput={setName}
        />
        <Field id="passphrase" label={t.passphrase.label} error={problemFor(problems, 'passphrase')}>
          {(describedBy, invalid) => (
            <input
              id="passphrase"
              name="password"
              type="password"
              autoComplete="current-password"
              value={passphrase}
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
              onInput={(event) => setPassphrase(event.currentTarget.value)}
            />
          )}
        </Field>
        <button type="submit" class="button">
          {unlock ? t.unlockSubmit : t.submit}
        </button>
        <Status message={working ? text.shell.working : ''} />
      </form>
      <OtherWays unlock={unlock} onSignedIn={onSignedIn} onUseCode={() => setWithCode(true)} />
      {unlock ? null : <p>{t.noAccount}</p>}
      <p class="hint">{t.lostDevice}</p>
    </>
  );
}
