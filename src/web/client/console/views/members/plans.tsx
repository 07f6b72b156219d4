/**
 * Members' plans (issue 18): a responder on a call, conversation or field response types the phrase
 * the member tells them, and reads the plans open to them now. Each plan arrives sealed to this
 * responder's key alone and is opened in this page's memory; it is gone from the server when what it
 * was opened for closes, and from here at the next refresh.
 */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { PlanContent } from '@server/members/plans/content';
import type { OpenedPlanView } from '@server/members/plans/schema';
import { fill } from '../../../../../i18n/catalog';
import { api, ApiError } from '../../api';
import { ErrorSummary, Failed, Field, problemFor, Status, ViewHeading, type Problem } from '../../components';
import { useText } from '../../context';
import { currentIdentity, loadCrypto } from '../../keys';
import { useLive } from '../../live';
import { useLoad } from '../../load';
import { inputProps } from '../coordinate/parts';

export type ScopeKind = 'call' | 'conversation' | 'response';
const FIELDS = ['helps', 'avoid', 'people', 'never', 'naloxone', 'other'] as const;

interface Shown {
  plan: OpenedPlanView;
  content: PlanContent | undefined;
}

async function loadOpened(): Promise<Shown[]> {
  const [e2e, me, plans] = [
    await loadCrypto(),
    currentIdentity(),
    await api<OpenedPlanView[]>('GET', '/api/members/plans/opened'),
  ];
  return plans.map((plan) => {
    if (!me) return { plan, content: undefined };
    try {
      return { plan, content: JSON.parse(e2e.openRecordText(plan.record, me)) as PlanContent };
    } catch {
      return { plan, content: undefined };
    }
  });
}

export function MemberPlansView({ scope }: { scope: { kind: ScopeKind; id: string } | undefined }): JSX.Element {
  const text = useText();
  const t = text.memberPlans;
  const loaded = useLoad(loadOpened, 'member-plans');
  // A plan opened, or what it was opened for closed: refetch.
  useLive(['members', 'calls', 'conversations', 'dispatch'], loaded.reload);
  return (
    <>
      <ViewHeading title={t.title}>{t.heading}</ViewHeading>
      <p>{t.intro}</p>
      {scope ? <UnlockForm scope={scope} onOpened={loaded.reload} /> : <p>{t.noScope}</p>}
      <h2>{t.listHeading}</h2>
      {loaded.data ? (
        loaded.data.length === 0 ? (
          <p>{t.none}</p>
        ) : (
          loaded.data.map(({ plan, content }) => (
            <section key={plan.id} class="panel" aria-labelledby={`plan-${plan.id}`}>
              <h3 id={`plan-${plan.id}`}>{fill(t.planOf, { number: plan.memberNumber })}</h3>
              <p>{t.forScope[plan.scope.kind]}</p>
              {content ? (
                <dl class="plan-fields">
                  {FIELDS.filter((f) => content[f] !== '').map((f) => (
                    <div key={f}>
                      <dt>{t.fields[f]}</dt>
                      <dd>{content[f]}</dd>
                    </div>
                  ))}
                </dl>
              ) : (
                <p>{t.cannotOpen}</p>
              )}
            </section>
          ))
        )
      ) : loaded.failed ? (
        <Failed retry={loaded.reload} />
      ) : (
        <Status message={text.shell.loading} />
      )}
    </>
  );
}

function UnlockForm({
  scope,
  onOpened,
}: {
  scope: { kind: ScopeKind; id: string };
  onOpened: () => void;
}): JSX.Element {
  const text = useText();
  const t = text.memberPlans;
  const [number, setNumber] = useState('');
  const [secret, setSecret] = useState('');
  const [problems, setProblems] = useState<Problem[]>([]);
  const [status, setStatus] = useState('');

  async function submit(event: Event): Promise<void> {
    event.preventDefault();
    setStatus('');
    try {
      const opened = await api<{ readers: string[] }>('POST', '/api/members/plans/unlock', {
        memberNumber: number.trim(),
        secret,
        scope,
      });
      setProblems([]);
      setSecret('');
      setStatus(opened.readers.length > 0 ? fill(t.opened, { names: opened.readers.join(', ') }) : t.openedNoKey);
      onOpened();
    } catch (error) {
      setProblems([problemOf(error, t.errors, text.shell.failed)]);
    }
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="unlock-heading">
      <h2 id="unlock-heading">{t.openHeading}</h2>
      <p>{t.forScope[scope.kind]}</p>
      <ErrorSummary problems={problems} />
      <Field id="plan-member" label={t.number.label} hint={t.number.hint} error={problemFor(problems, 'plan-member')}>
        {(describedBy, invalid) => (
          <input
            type="text"
            inputMode="numeric"
            autocomplete="off"
            {...inputProps('plan-member', number, setNumber, describedBy, invalid)}
          />
        )}
      </Field>
      <Field id="plan-secret" label={t.secret.label} hint={t.secret.hint} error={problemFor(problems, 'plan-secret')}>
        {(describedBy, invalid) => (
          <input
            type="password"
            autocomplete="off"
            {...inputProps('plan-secret', secret, setSecret, describedBy, invalid)}
          />
        )}
      </Field>
      <button type="submit" class="button">
        {t.open}
      </button>
      <Status message={status} />
    </form>
  );
}

function problemOf(
  error: unknown,
  words: { number: string; secret: string; locked: string; notOn: string; general: string },
  failed: string,
): Problem {
  if (!(error instanceof ApiError) || error.status >= 500) return { message: failed };
  if (error.status === 429) return { field: 'plan-secret', message: words.locked };
  if (error.status === 404) return { message: words.notOn };
  if (error.fields.some((f) => f.field === '/memberNumber')) return { field: 'plan-member', message: words.number };
  if (error.fields.some((f) => f.field === '/secret')) return { field: 'plan-secret', message: words.secret };
  return { message: words.general };
}
