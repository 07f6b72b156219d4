/**
 * Accepting an invite: the token is in the URL fragment (never sent in a request line or a
 * Referer); it is read, taken out of the address bar, and sent only in request bodies. The key
 * pair is made here and only the public half and the wrapped private half leave the browser.
 */
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { fill } from '../../../../i18n/catalog';
import { ApiError } from '../api';
import { ErrorSummary, Field, problemFor, Status, ViewHeading, type Problem } from '../components';
import { markLineJustMade, useFirstText, type Account } from '../context';
import { joinWithPasskey } from '../passkeys';
import { acceptInvite, inspectInvite, longEnough, validSignInName, type Invitation } from '../session';
import { NoPrfError, passkeysSupported, wasCancelled } from '../webauthn';

const fragmentAtLoad = new URLSearchParams(location.hash.slice(1));
const inviteAtLoad = fragmentAtLoad.get('invite')?.trim() || undefined;
/** Sent here by the setup page: the person who just made the line, making the first sign-in. */
const firstAtLoad = fragmentAtLoad.get('first') === '1';

type How = 'passkey' | 'passphrase';
type State =
  | { kind: 'checking' }
  | { kind: 'none' }
  | { kind: 'bad' }
  | { kind: 'form'; invitation: Invitation }
  | { kind: 'done'; how: How };

export function JoinView({
  onJoined,
  onContinue,
}: {
  onJoined: (account: Account) => void;
  onContinue: () => void;
}): JSX.Element {
  const text = useFirstText();
  const t = text.join;
  const [invite] = useState(inviteAtLoad);
  const [state, setState] = useState<State>(invite ? { kind: 'checking' } : { kind: 'none' });

  useEffect(() => {
    if (location.hash) history.replaceState(history.state, '', location.pathname + location.search);
    if (!invite) return;
    inspectInvite(invite)
      .then((invitation) => setState({ kind: 'form', invitation }))
      .catch(() => setState({ kind: 'bad' }));
  }, [invite]);

  if (state.kind === 'checking')
    return (
      <>
        <ViewHeading title={t.title}>{t.heading}</ViewHeading>
        <Status message={t.checking} />
      </>
    );
  if (state.kind === 'none')
    return (
      <>
        <ViewHeading title={t.noInviteHeading}>{t.noInviteHeading}</ViewHeading>
        <p>{t.noInviteBody}</p>
      </>
    );
  if (state.kind === 'bad')
    return (
      <>
        <ViewHeading title={t.badInviteHeading}>{t.badInviteHeading}</ViewHeading>
        <p>{t.badInviteBody}</p>
      </>
    );
  if (state.kind === 'done') {
    return (
      <>
        <ViewHeading title={t.doneHeading}>{t.doneHeading}</ViewHeading>
        <p>{state.how === 'passkey' ? t.passkey.doneBody : t.doneBody}</p>
        <button type="button" class="button" onClick={onContinue}>
          {t.goHome}
        </button>
        {/* Next time, the screen lock instead of the passphrase: offered at once, while the key is in memory. */}
        {passkeysSupported() && state.how === 'passphrase' ? (
          <p>
            <a href="/console/devices" data-route>
              {text.devices.addPasskey}
            </a>
          </p>
        ) : null}
      </>
    );
  }
  const words = firstAtLoad ? t.first : t;
  const joined = (account: Account, how: How) => {
    onJoined(account);
    if (!firstAtLoad) return setState({ kind: 'done', how });
    // Straight on to Home, which shows what to do next (and the API token, if wanted) this once.
    markLineJustMade();
    onContinue();
  };
  return (
    <>
      <ViewHeading title={words.title}>{words.heading}</ViewHeading>
      <p>{fill(words.intro, { program: state.invitation.programName, name: state.invitation.responderName })}</p>
      <JoinChoice invite={invite ?? ''} onJoined={joined} />
    </>
  );
}

/**
 * Where the browser has WebAuthn, a passkey is offered first (no passphrase to remember), with the
 * passphrase form below it. A device without PRF is left with the passphrase form alone, and the reason.
 */
function JoinChoice({
  invite,
  onJoined,
}: {
  invite: string;
  onJoined: (account: Account, how: How) => void;
}): JSX.Element {
  const t = useFirstText().join.passkey;
  const [offerPasskey, setOfferPasskey] = useState(passkeysSupported());
  const [notice, setNotice] = useState<Problem[]>([]);
  const passphraseForm = (
    <JoinForm invite={invite} initialProblems={notice} onJoined={(account) => onJoined(account, 'passphrase')} />
  );
  if (!offerPasskey) return passphraseForm;
  return (
    <>
      <h2>{t.heading}</h2>
      <PasskeyJoinForm
        invite={invite}
        onJoined={(account) => onJoined(account, 'passkey')}
        onNoPrf={(problems) => {
          setNotice(problems);
          setOfferPasskey(false);
        }}
      />
      <h2>{t.usePassphrase}</h2>
      {passphraseForm}
    </>
  );
}

function PasskeyJoinForm({
  invite,
  onJoined,
  onNoPrf,
}: {
  invite: string;
  onJoined: (account: Account) => void;
  onNoPrf: (problems: Problem[]) => void;
}): JSX.Element {
  const text = useFirstText();
  const t = text.join;
  const [name, setName] = useState('');
  const [problems, setProblems] = useState<Problem[]>([]);
  const [working, setWorking] = useState(false);

  async function submit(event: Event): Promise<void> {
    event.preventDefault();
    if (working) return;
    const chosen = name.trim();
    if (chosen !== '' && !validSignInName(chosen)) {
      setProblems([{ field: 'passkey-sign-in-name', message: t.errors.nameInvalid }]);
      return;
    }
    setProblems([]);
    setWorking(true);
    try {
      onJoined(await joinWithPasskey(invite, chosen === '' ? undefined : chosen));
    } catch (error) {
      setWorking(false);
      if (error instanceof NoPrfError) {
        onNoPrf([{ message: t.passkey.noPrf }]);
        return;
      }
      setProblems([problemFrom(error)]);
    }
  }

  function problemFrom(error: unknown): Problem {
    if (wasCancelled(error)) return { message: t.passkey.cancelled };
    if (!(error instanceof ApiError)) return { message: text.shell.failed };
    if (error.status === 409 && error.names('/signInName'))
      return { field: 'passkey-sign-in-name', message: t.errors.nameTaken };
    if (error.status === 409) return { message: t.errors.alreadySetUp };
    if (error.status === 422 && error.names('/signInName'))
      return { field: 'passkey-sign-in-name', message: t.errors.nameInvalid };
    if (error.status === 404) return { message: t.badInviteBody };
    return { message: text.shell.failed };
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <ErrorSummary problems={problems} />
      <p>{t.passkey.body}</p>
      <Field
        id="passkey-sign-in-name"
        label={t.passkey.signInName.label}
        hint={t.passkey.signInName.hint}
        error={problemFor(problems, 'passkey-sign-in-name')}
      >
        {(describedBy, invalid) => (
          <input
            type="text"
            id="passkey-sign-in-name"
            value={name}
            autoComplete="username"
            autoCapitalize="none"
            spellcheck={false}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            onInput={(event) => setName((event.currentTarget as HTMLInputElement).value)}
          />
        )}
      </Field>
      <button type="submit" class="button">
        {t.passkey.submit}
      </button>
      <Status message={working ? t.passkey.working : ''} />
    </form>
  );
}

function JoinForm({
  invite,
  onJoined,
  initialProblems,
}: {
  invite: string;
  onJoined: (account: Account) => void;
  initialProblems: Problem[];
}): JSX.Element {
  const text = useFirstText();
  const t = text.join;
  const [name, setName] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [problems, setProblems] = useState<Problem[]>(initialProblems);
  // A reason given from outside (the passkey could not hold the key) shows in this form's summary.
  useEffect(() => {
    if (initialProblems.length > 0) setProblems(initialProblems);
  }, [initialProblems]);
  const [working, setWorking] = useState(false);

  async function submit(event: Event): Promise<void> {
    event.preventDefault();
    if (working) return;
    const found: Problem[] = [];
    if (name.trim() === '') found.push({ field: 'sign-in-name', message: t.errors.nameMissing });
    else if (!validSignInName(name.trim())) found.push({ field: 'sign-in-name', message: t.errors.nameInvalid });
    if (!longEnough(passphrase)) found.push({ field: 'passphrase', message: t.errors.passphraseShort });
    else if (confirm !== passphrase) found.push({ field: 'confirm', message: t.errors.confirmDifferent });
    setProblems(found);
    if (found.length > 0) return;
    setWorking(true);
    try {
      const account = await acceptInvite(invite, name.trim(), passphrase);
      setPassphrase('');
      setConfirm('');
      onJoined(account);
    } catch (error) {
      setProblems([problemFrom(error)]);
      setWorking(false);
    }
  }

  function problemFrom(error: unknown): Problem {
    if (!(error instanceof ApiError)) return { message: text.shell.failed };
    if (error.status === 409 && error.names('/signInName'))
      return { field: 'sign-in-name', message: t.errors.nameTaken };
    if (error.status === 409) return { message: t.errors.alreadySetUp };
    if (error.status === 422 && error.names('/signInName'))
      return { field: 'sign-in-name', message: t.errors.nameInvalid };
    if (error.status === 404) return { message: t.badInviteBody };
    return { message: text.shell.failed };
  }

  const input =
    (id: string, value: string, set: (v: string) => void, secret: boolean) =>
    (describedBy: string | undefined, invalid: boolean) => {
      const common = {
        id,
        value,
        autoCapitalize: 'none' as const,
        spellcheck: false,
        'aria-describedby': describedBy,
        'aria-invalid': invalid || undefined,
        onInput: (event: Event) => set((event.currentTarget as HTMLInputElement).value),
      };
      return secret ? (
        <input type="password" autoComplete="new-password" {...common} />
      ) : (
        <input type="text" autoComplete="username" {...common} />
      );
    };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <ErrorSummary problems={problems} />
      <Field
        id="sign-in-name"
        label={t.signInName.label}
        hint={t.signInName.hint}
        error={problemFor(problems, 'sign-in-name')}
      >
        {input('sign-in-name', name, setName, false)}
      </Field>
      <Field
        id="passphrase"
        label={t.passphrase.label}
        hint={t.passphrase.hint}
        error={problemFor(problems, 'passphrase')}
      >
        {input('passphrase', passphrase, setPassphrase, true)}
      </Field>
      <Field id="confirm" label={t.confirm.label} hint={t.confirm.hint} error={problemFor(problems, 'confirm')}>
        {input('confirm', confirm, setConfirm, true)}
      </Field>
      <p class="warning">{t.keepItSafe}</p>
      <button type="submit" class="button">
        {t.submit}
      </button>
      <Status message={working ? text.shell.working : ''} />
    </form>
  );
}
