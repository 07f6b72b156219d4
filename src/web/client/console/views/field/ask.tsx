/**
 * Asking for a team (`/console/field/new`, from a live call `?call=<id>`, a conversation
 * `?conversation=<id>`, or on its own). The person's consent to a visit is asked for explicitly
 * and checked here before anything leaves the page (the server refuses without it too). The place
 * and what the team must know are sealed here, to me and every candidate with a key, and only the
 * sealed record is sent.
 */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { fill } from '../../../../../i18n/catalog';
import type { AgreedWord, UrgencyWord } from '../../../../i18n/console/dispatch-types';
import { Choice, ErrorSummary, Failed, Field, problemFor, Status, ViewHeading, type Problem } from '../../components';
import { useLang, useText } from '../../context';
import { currentIdentity, loadCrypto } from '../../keys';
import { useLoad } from '../../load';
import { navigate } from '../../router';
import { formatTime } from '../../time';
import { Checkboxes, inputProps, languageName, problemsFrom, type FieldRule } from '../coordinate/parts';
import { callTime } from '../notes/data';
import { getConversation } from '../texts/data';
import { plural } from '../texts/waited';
import { askForTeam, candidates, programForField, sealBrief, wordFor, type ProgramForField } from './data';
import { fieldFlash } from './flash';

export const AGREED: AgreedWord[] = ['visit', 'accompaniment', 'transport', 'first-aid', 'naloxone', 'supplies'];

type Source = { kind: 'call'; id: string } | { kind: 'conversation'; id: string } | null;

interface Context {
  program: ProgramForField;
  /** What the source is called on screen; undefined when there is none or it is gone. */
  source:
    { kind: 'call'; id: string; startedAt: number } | { kind: 'conversation'; id: string; alias: string } | undefined;
  sourceMissing: boolean;
}

async function loadContext(source: Source): Promise<Context> {
  const program = await programForField();
  if (source === null) return { program, source: undefined, sourceMissing: false };
  if (source.kind === 'call') {
    const call = await callTime(source.id);
    return {
      program,
      source: call ? { kind: 'call', id: call.id, startedAt: call.startedAt } : undefined,
      sourceMissing: !call,
    };
  }
  const conversation = await getConversation(source.id);
  return {
    program,
    source:
      conversation && conversation.state !== 'closed'
        ? { kind: 'conversation', id: conversation.id, alias: conversation.alias }
        : undefined,
    sourceMissing: !conversation || conversation.state === 'closed',
  };
}

export function AskTeamView({
  callId,
  conversationId,
}: {
  callId?: string | undefined;
  conversationId?: string | undefined;
}): JSX.Element {
  const text = useText();
  const t = text.dispatch.ask;
  const lang = useLang();
  const source: Source = callId
    ? { kind: 'call', id: callId }
    : conversationId
      ? { kind: 'conversation', id: conversationId }
      : null;
  const context = useLoad(() => loadContext(source), `ask:${callId ?? ''}:${conversationId ?? ''}`);
  const data = context.data;
  return (
    <>
      <ViewHeading title={t.title}>{t.heading}</ViewHeading>
      <p>{t.intro}</p>
      {!data ? (
        context.failed ? (
          <Failed retry={context.reload} />
        ) : (
          <Status message={text.shell.loading} />
        )
      ) : (
        <>
          {data.source?.kind === 'call' ? (
            <p class="lead">
              {fill(t.forCall, { time: formatTime(data.source.startedAt, lang, data.program.timeZone) })}
            </p>
          ) : data.source?.kind === 'conversation' ? (
            <p class="lead">{fill(t.forConversation, { alias: data.source.alias })}</p>
          ) : data.sourceMissing ? (
            <p class="notice">{t.sourceMissing}</p>
          ) : (
            <p>{t.forNothing}</p>
          )}
          <AskForm
            program={data.program}
            source={data.source ? { kind: data.source.kind, id: data.source.id } : null}
          />
        </>
      )}
    </>
  );
}

const COORDINATE = /^\s*-?\d{1,3}(\.\d+)?\s*$/;

function AskForm({ program, source }: { program: ProgramForField; source: Source }): JSX.Element {
  const text = useText();
  const d = text.dispatch;
  const t = d.ask;
  const lang = useLang();
  const [urgency, setUrgency] = useState<UrgencyWord | undefined>(undefined);
  const [needs, setNeeds] = useState<string[]>([]);
  const [language, setLanguage] = useState('');
  const [agreed, setAgreed] = useState<AgreedWord[]>([]);
  const [place, setPlace] = useState('');
  const [lat, setLat] = useState('');
  const [lng, setLng] = useState('');
  const [notes, setNotes] = useState('');
  const [problems, setProblems] = useState<Problem[]>([]);
  const [working, setWorking] = useState(false);
  const firstNeed = `needs-${program.dispatch.needs[0] ?? 'none'}`;
  const who = useLoad(() => candidates(needs, language || null), `candidates:${needs.join(',')}:${language}`);

  const rules: FieldRule[] = [
    [/^\/agreed/, 'agreed-visit', t.errors.visitMissing],
    [/^\/urgency/, 'urgency-emergency', t.errors.urgencyMissing],
    [/^\/needs/, firstNeed, t.errors.needsUnknown],
    [
      /^\/language/,
      'language',
      needs.includes('language') && !language ? t.errors.languageNeeded : t.errors.languageUnknown,
    ],
    [/^\/brief/, 'place', t.errors.briefRefused],
    [/^\/source/, undefined, t.sourceMissing],
  ];

  function check(): Problem[] {
    const found: Problem[] = [];
    if (!urgency) found.push({ field: 'urgency-emergency', message: t.errors.urgencyMissing });
    if (!agreed.includes('visit')) found.push({ field: 'agreed-visit', message: t.errors.visitMissing });
    if (needs.includes('language') && !language) found.push({ field: 'language', message: t.errors.languageNeeded });
    if (place.trim() === '') found.push({ field: 'place', message: t.errors.placeMissing });
    const hasLat = lat.trim() !== '';
    const hasLng = lng.trim() !== '';
    if (hasLat && (!COORDINATE.test(lat) || Math.abs(Number(lat)) > 90))
      found.push({ field: 'latitude', message: t.errors.latitude });
    if (hasLng && (!COORDINATE.test(lng) || Math.abs(Number(lng)) > 180))
      found.push({ field: 'longitude', message: t.errors.longitude });
    if (hasLat !== hasLng) found.push({ field: hasLat ? 'longitude' : 'latitude', message: t.errors.pointHalf });
    return found;
  }

  async function submit(event: Event): Promise<void> {
    event.preventDefault();
    if (working) return;
    const found = check();
    setProblems(found);
    if (found.length > 0 || !urgency) return;
    const me = currentIdentity();
    if (!me) {
      setProblems([{ message: t.errors.needsUnlock }]);
      return;
    }
    setWorking(true);
    try {
      const e2e = await loadCrypto();
      const people = await candidates(needs, language || null);
      const point = lat.trim() !== '' ? { lat: Number(lat), lng: Number(lng) } : null;
      const brief = sealBrief(e2e, me, [...people.field, ...people.support], {
        place: place.trim(),
        point,
        notes: notes.trim(),
      });
      await askForTeam({ source, urgency, needs, language: language || null, agreed, brief });
      fieldFlash(t.asked);
      navigate('/console/field');
    } catch (error) {
      setProblems(problemsFrom(error, rules, t.errors.general, t.errors.failed));
      setWorking(false);
    }
  }

  const error = (field: string) => problemFor(problems, field);
  const count = who.data?.field.length;

  return (
    // No autofill and no spell checking: what is typed here is about a person in crisis.
    <form onSubmit={(event) => void submit(event)} noValidate autoComplete="off" class="ask-form">
      <ErrorSummary problems={problems} />
      <Checkboxes
        name="agreed"
        legend={t.agreedLegend}
        hint={t.agreedHint}
        error={error('agreed-visit')}
        options={AGREED.map((value) => ({
          value,
          label: d.agreed[value],
          ...(value === 'visit' ? { hint: t.visitHint } : {}),
        }))}
        values={agreed}
        onChange={setAgreed}
      />
      <Choice
        name="urgency"
        legend={t.urgency.legend}
        hint={t.urgency.hint}
        error={error('urgency-emergency')}
        options={(['emergency', 'crisis'] as const).map((value) => ({
          value,
          label: `${d.urgency[value]} — ${d.urgencyHint[value]}`,
        }))}
        value={urgency}
        onChange={setUrgency}
      />
      <Checkboxes
        name="needs"
        legend={t.needsLegend.label}
        hint={t.needsLegend.hint}
        error={error(firstNeed)}
        options={program.dispatch.needs.map((value) => ({ value, label: wordFor(d.needs, value) }))}
        values={needs}
        onChange={setNeeds}
      />
      <Field id="language" label={t.language.label} hint={t.language.hint} error={error('language')}>
        {(describedBy, invalid) => (
          <select
            id="language"
            name="language"
            value={language}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            onChange={(event) => setLanguage(event.currentTarget.value)}
          >
            <option value="">{t.anyLanguage}</option>
            {program.languages.map((code) => (
              <option key={code} value={code}>
                {languageName(code, lang)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <p class="hint" role="status">
        {count === undefined ? '' : count === 0 ? t.candidatesNone : plural(t.candidates, count, lang)}
        {who.data && who.data.support.length === 0 ? ` ${t.supportNone}` : ''}
      </p>
      <section aria-labelledby="brief-heading">
        <h2 id="brief-heading">{t.briefHeading}</h2>
        <p class="hint">{t.briefIntro}</p>
        <Field id="place" label={t.place.label} hint={t.place.hint} error={error('place')}>
          {(describedBy, invalid) => (
            <textarea
              rows={3}
              spellcheck={false}
              autoComplete="off"
              {...inputProps('place', place, setPlace, describedBy, invalid)}
            />
          )}
        </Field>
        <div class="field" id="point-field">
          <fieldset aria-describedby="point-hint">
            <legend>{t.mapPoint.legend}</legend>
            <p class="hint" id="point-hint">
              {t.mapPoint.hint}
            </p>
            <div class="point-row">
              <Field id="latitude" label={t.latitude} error={error('latitude')}>
                {(describedBy, invalid) => (
                  <input
                    type="text"
                    inputMode="decimal"
                    class="short"
                    autoComplete="off"
                    spellcheck={false}
                    {...inputProps('latitude', lat, setLat, describedBy, invalid)}
                  />
                )}
              </Field>
              <Field id="longitude" label={t.longitude} error={error('longitude')}>
                {(describedBy, invalid) => (
                  <input
                    type="text"
                    inputMode="decimal"
                    class="short"
                    autoComplete="off"
                    spellcheck={false}
                    {...inputProps('longitude', lng, setLng, describedBy, invalid)}
                  />
                )}
              </Field>
            </div>
          </fieldset>
        </div>
        <Field id="brief-notes" label={t.notes.label} hint={t.notes.hint} error={error('brief-notes')}>
          {(describedBy, invalid) => (
            <textarea
              rows={4}
              spellcheck={false}
              autoComplete="off"
              {...inputProps('brief-notes', notes, setNotes, describedBy, invalid)}
            />
          )}
        </Field>
      </section>
      <button type="submit" class="button">
        {t.submit}
      </button>
      <Status message={working ? t.sending : ''} />
    </form>
  );
}
