/**
 * One person on the roster: what a coordinator needs to see (number, languages, roles, whether
 * they can be rung now), their actions, and whichever step is open for them (a form, a
 * confirmation, the invite link).
 */
import type { JSX } from 'preact';
import { fill } from '../../../../../i18n/catalog';
import { useLang, useText } from '../../context';
import { formatTime } from '../../time';
import { ConfirmPanel, CopyLink, languageName, OnlyOnThisMachine, useFocusOnMount } from './parts';
import { ResponderForm } from './responder-form';
import type { Responder } from './types';

export type Action = 'edit' | 'pause' | 'invite' | 'signOut' | 'reset' | 'remove';
export type Open =
  | { kind: 'add' }
  | { kind: 'edit' | 'signOut' | 'reset' | 'remove'; id: string }
  | { kind: 'invited'; id: string; url: string; expiresAt: number; onlyOnThisMachine: boolean };

interface Props {
  responder: Responder;
  self: boolean;
  open: Open | null;
  timeZone: string;
  programLanguages: string[];
  onAction: (action: Action) => void;
  onConfirm: (action: 'signOut' | 'reset' | 'remove') => void;
  onSaved: (responder: Responder) => void;
  onClose: () => void;
}

export function ResponderCard({
  responder: r,
  self,
  open,
  timeZone,
  programLanguages,
  onAction,
  onConfirm,
  onSaved,
  onClose,
}: Props): JSX.Element {
  const text = useText().coordinate;
  const t = text.team;
  const lang = useLang();
  const mine = open && 'id' in open && open.id === r.id ? open : null;
  const status = [
    r.status === 'paused' ? t.paused : t.active,
    r.onBreakSince ? fill(t.onBreak, { time: formatTime(r.onBreakSince, lang, timeZone) }) : '',
  ].filter(Boolean);
  const named = (label: string) => (
    <>
      {label}
      <span class="visually-hidden"> {r.name}</span>
    </>
  );

  return (
    <li class="card responder" id={`responder-${r.id}`}>
      <h3 class="card-title">
        {r.name} {self ? <span class="muted">{t.you}</span> : null}
      </h3>
      <dl class="facts">
        <div>
          <dt>{t.number}</dt>
          <dd dir={r.phone ? 'ltr' : undefined}>{r.phone ?? t.noNumber}</dd>
        </div>
        <div>
          <dt>{t.languages}</dt>
          <dd>{r.languages.map((code) => languageName(code, lang)).join(', ')}</dd>
        </div>
        <div>
          <dt>{t.roles}</dt>
          <dd>{r.roles.map((role) => text.common.roles[role]).join(', ')}</dd>
        </div>
        {r.signIn ? (
          <div>
            <dt>{t.signInHeading}</dt>
            <dd>{t.signIn[r.signIn]}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t.status}</dt>
          <dd class={r.status === 'paused' || r.onBreakSince ? 'attention' : undefined}>{status.join('. ')}</dd>
        </div>
      </dl>
      {mine?.kind === 'edit' ? (
        <ResponderForm responder={r} programLanguages={programLanguages} onSaved={onSaved} onCancel={onClose} />
      ) : null}
      {mine?.kind === 'invited' ? (
        <InvitePanel
          name={r.name}
          url={mine.url}
          expiresAt={mine.expiresAt}
          onlyOnThisMachine={mine.onlyOnThisMachine}
          timeZone={timeZone}
          onClose={onClose}
        />
      ) : null}
      {mine?.kind === 'signOut' ? (
        <ConfirmPanel
          id="sign-out"
          heading={fill(t.signOutHeading, { name: r.name })}
          confirm={t.signOutConfirm}
          onConfirm={() => onConfirm('signOut')}
          onCancel={onClose}
        >
          <p>{t.signOutBody}</p>
        </ConfirmPanel>
      ) : null}
      {mine?.kind === 'reset' ? (
        <ConfirmPanel
          id="reset"
          danger
          heading={fill(t.resetHeading, { name: r.name })}
          confirm={t.resetConfirm}
          onConfirm={() => onConfirm('reset')}
          onCancel={onClose}
        >
          <p>{t.resetBody}</p>
        </ConfirmPanel>
      ) : null}
      {mine?.kind === 'remove' ? (
        <ConfirmPanel
          id="remove"
          danger
          heading={fill(t.removeHeading, { name: r.name })}
          confirm={t.removeConfirm}
          onConfirm={() => onConfirm('remove')}
          onCancel={onClose}
        >
          <p>{t.removeBody}</p>
        </ConfirmPanel>
      ) : null}
      {mine ? null : (
        <div class="button-row actions">
          <button type="button" class="button secondary" id={`edit-${r.id}`} onClick={() => onAction('edit')}>
            {named(t.edit)}
          </button>
          <button type="button" class="button secondary" id={`pause-${r.id}`} onClick={() => onAction('pause')}>
            {named(r.status === 'paused' ? t.resume : t.pause)}
          </button>
          {/* Your own sign-in is managed from your own device, not from here. */}
          {self ? null : (
            <>
              <button type="button" class="button secondary" id={`invite-${r.id}`} onClick={() => onAction('invite')}>
                {named(t.invite)}
              </button>
              <button type="button" class="button secondary" id={`signOut-${r.id}`} onClick={() => onAction('signOut')}>
                {named(t.signOut)}
              </button>
              <button type="button" class="button secondary" id={`reset-${r.id}`} onClick={() => onAction('reset')}>
                {named(t.reset)}
              </button>
              <button type="button" class="button secondary" id={`remove-${r.id}`} onClick={() => onAction('remove')}>
                {named(t.remove)}
              </button>
            </>
          )}
        </div>
      )}
    </li>
  );
}

/** The invite link, shown once: it lives only in this panel's memory and goes when it closes. */
function InvitePanel(props: {
  name: string;
  url: string;
  expiresAt: number;
  onlyOnThisMachine: boolean;
  timeZone: string;
  onClose: () => void;
}): JSX.Element {
  const { name, url, expiresAt, onlyOnThisMachine, timeZone, onClose } = props;
  const t = useText().coordinate.team;
  const lang = useLang();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <section class="confirm-panel" aria-labelledby="invite-heading">
      <h3 id="invite-heading" tabIndex={-1} ref={heading}>
        {fill(t.inviteHeading, { name })}
      </h3>
      <p id="invite-body">{fill(t.inviteBody, { name, time: formatTime(expiresAt, lang, timeZone, true) })}</p>
      <CopyLink id="invite-link" label={t.inviteLabel} value={url} describedBy="invite-body" words={t} />
      {onlyOnThisMachine ? <OnlyOnThisMachine /> : null}
      <button type="button" class="button" onClick={onClose}>
        {t.done}
      </button>
    </section>
  );
}
