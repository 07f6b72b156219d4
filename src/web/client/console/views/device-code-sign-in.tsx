/** On a new device: the sign-in name and a one-time code from a signed-in device. */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { ErrorSummary, Field, problemFor, Status, ViewHeading, type Problem } from '../components';
import { useFirstText, type Account } from '../context';
import { refusalMessage, SignInNameField } from './sign-in-parts';
import { normaliseCode, redeemDeviceCode } from '../device-codes';

export function DeviceCodeSignIn({
  onSignedIn,
  onBack,
}: {
  onSignedIn: (account: Account) => void;
  onBack: () => void;
}): JSX.Element {
  const text = useFirstText();
  const t = text.devices;
  const [name, setName] = useState('');
  const [code, setCode] = useState('');
  const [problems, setProblems] = useState<Problem[]>([]);
  const [working, setWorking] = useState(false);

  async function submit(event: Event): Promise<void> {
    event.preventDefault();
    if (working) return;
    const found: Problem[] = [];
    if (name.trim() === '') found.push({ field: 'code-sign-in-name', message: t.nameMissing });
    const canonical = normaliseCode(code);
    if (code.trim() === '') found.push({ field: 'device-code', message: t.codeMissing });
    else if (canonical === undefined) found.push({ field: 'device-code', message: t.codeInvalid });
    setProblems(found);
    if (found.length > 0 || canonical === undefined) return;
    setWorking(true);
    try {
      const account = await redeemDeviceCode(name.trim(), canonical);
      setCode('');
      onSignedIn(account);
    } catch (error) {
      setProblems([
        { message: refusalMessage(error, { wrong: t.codeWrong, locked: t.codeLocked, failed: text.shell.failed }) },
      ]);
      setWorking(false);
    }
  }

  return (
    <>
      <ViewHeading title={t.codeTitle}>{t.codeTitle}</ViewHeading>
      <p>{t.codeFormIntro}</p>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <ErrorSummary problems={problems} />
        <SignInNameField
          id="code-sign-in-name"
          label={t.signInName}
          error={problemFor(problems, 'code-sign-in-name')}
          value={name}
          onInput={setName}
        />
        <Field id="device-code" label={t.code.label} hint={t.code.hint} error={problemFor(problems, 'device-code')}>
          {(describedBy, invalid) => (
            <input
              id="device-code"
              name="one-time-code"
              type="text"
              autoComplete="one-time-code"
              autoCapitalize="characters"
              spellcheck={false}
              maxLength={20}
              value={code}
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
              onInput={(event) => setCode(event.currentTarget.value)}
            />
          )}
        </Field>
        <button type="submit" class="button">
          {t.codeSubmit}
        </button>
        <Status message={working ? t.codeWorking : ''} />
      </form>
      <p>
        <button type="button" class="button secondary" onClick={onBack}>
          {t.usePassphrase}
        </button>
      </p>
    </>
  );
}
