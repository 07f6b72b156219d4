/**
 * The program's emergency plan, as the coordinator wrote it: plain text about the program (never
 * about callers), so it needs no key. It is shown as text, never as HTML, with its line breaks kept.
 */
import type { ComponentChildren, JSX } from 'preact';
import { api } from '../api';
import { Failed, Status, ViewHeading } from '../components';
import { useLang, useText } from '../context';
import { useLive } from '../live';
import { useLoad } from '../load';
import { formatTime } from '../time';

interface Plan {
  text: string;
  /** Epoch ms of the last change; null if nobody has written one. */
  updatedAt: number | null;
}

async function loadPlan(): Promise<{ plan: Plan; timeZone: string }> {
  const [plan, program] = await Promise.all([
    api<Plan>('GET', '/api/program/plan'),
    api<{ timeZone: string }>('GET', '/api/program'),
  ]);
  return { plan, timeZone: program.timeZone };
}

export function PlanView(): JSX.Element {
  const text = useText();
  const t = text.plan;
  const lang = useLang();
  const loaded = useLoad(loadPlan, 'plan');
  // A coordinator's edit announces itself on the program topic: the plan on screen follows it.
  useLive(['program'], loaded.reload);

  if (!loaded.data) {
    return (
      <>
        <ViewHeading title={t.title}>{t.heading}</ViewHeading>
        {loaded.failed ? <Failed retry={loaded.reload} /> : <Status message={text.shell.loading} />}
      </>
    );
  }
  const { plan, timeZone } = loaded.data;
  const written = plan.text.trim() !== '';
  return (
    <>
      <ViewHeading title={t.title}>{t.heading}</ViewHeading>
      <p>{t.intro}</p>
      {written ? (
        <>
          {plan.updatedAt === null ? null : (
            <p class="hint">
              <Filled template={t.updated} slot="{time}">
                <time dateTime={new Date(plan.updatedAt).toISOString()}>
                  {formatTime(plan.updatedAt, lang, timeZone, true)}
                </time>
              </Filled>
            </p>
          )}
          {/* A string child is a text node: whatever the coordinator typed cannot become markup. */}
          <div class="plan-text">{plan.text}</div>
        </>
      ) : (
        <p>{t.empty}</p>
      )}
    </>
  );
}

/** A sentence from the catalog with an element (here a `<time>`) where its placeholder is, in any word order. */
function Filled({
  template,
  slot,
  children,
}: {
  template: string;
  slot: string;
  children: ComponentChildren;
}): JSX.Element {
  const at = template.indexOf(slot);
  if (at < 0) return <>{template}</>;
  return (
    <>
      {template.slice(0, at)}
      {children}
      {template.slice(at + slot.length)}
    </>
  );
}
