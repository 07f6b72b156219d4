/** Adding someone to the team, or changing them: name, number, languages, roles. */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { fill } from '../../../../../i18n/catalog';
import { api, ApiError } from '../../api';
import { ErrorSummary, Field, problemFor, type Problem } from '../../components';
import { useLang, useText } from '../../context';
import {
  Checkboxes,
  codesFrom,
  inputProps,
  languageName,
  problemsFrom,
  useFocusOnMount,
  type FieldRule,
} from './parts';
import { ROLES, type Responder, type Role } from './types';

const LANGUAGE_CODE = /^[a-z]{2,3}(-[A-Z]{2})?$/;
/** Roles that get rung or sent out need a number (the server says the same). */
const NEEDS_PHONE: Role[] = ['phone', 'field', 'support'];

interface Props {
  responder?: Responder;
  programLanguages: string[];
  onSaved: (responder: Responder) => void;
  onCancel: () => void;
  /** 2 at the top of the page, 3 inside a person's card: headings must go down one level at a time. */
  level?: 2 | 3;
}

export function ResponderForm({ responder, programLanguages, onSaved, onCancel, level = 3 }: Props): JSX.Element {
  const text = useText();
  const t = text.coordinate.team;
  const common = text.coordinate.common;
  const lang = useLang();
  const offered = [...new Set([...programLanguages, ...(responder?.languages ?? [])])];
  const [name, setName] = useState(responder?.name ?? '');
  const [phone, setPhone] = useState(responder?.phone ?? '');
  const [languages, setLanguages] = useState<string[]>(responder?.languages ?? programLanguages.slice(0, 1));
  const [other, setOther] = useState('');
  const [roles, setRoles] = useState<Role[]>(responder?.roles ?? ['phone']);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [busy, setBusy] = useState(false);
  const heading = useFocusOnMount<HTMLHeadingElement>();

  const firstLanguage = `responder-languages-${offered[0] ?? 'en'}`;
  const firstRole = `responder-roles-${ROLES[0] ?? 'phone'}`;

  function check(): Problem[] {
    const found: Problem[] = [];
    if (name.trim() === '') found.push({ field: 'responder-name', message: t.errors.nameMissing });
    else if (name.trim().length > 120) found.push({ field: 'responder-name', message: t.errors.nameTooLong });
    if (phone.trim() === '' && roles.some((role) => NEEDS_PHONE.includes(role)))
      found.push({ field: 'responder-phone', message: t.errors.phoneRequired });
    const extra = codesFrom(other);
    if (extra.some((code) => !LANGUAGE_CODE.test(code)))
      found.push({ field: 'responder-other', message: t.errors.languageInvalid });
    else if (languages.length + extra.length === 0)
      found.push({ field: firstLanguage, message: t.errors.languagesMissing });
    if (roles.length === 0) found.push({ field: firstRole, message: t.errors.rolesMissing });
    return found;
  }

  async function submit(event: Event): Promise<void> {
    event.preventDefault();
    if (busy) return;
    const found = check();
    setProblems(found);
    if (found.length > 0) return;
    const body = {
      name: name.trim(),
      phone: phone.trim() === '' ? null : phone.trim(),
      languages: [...new Set([...languages, ...codesFrom(other)])],
      roles: ROLES.filter((role) => roles.includes(role)),
    };
    setBusy(true);
    try {
      const saved = responder
        ? await api<Responder>('PATCH', `/api/responders/${responder.id}`, body)
        : await api<Responder>('POST', '/api/responders', body);
      onSaved(saved);
    } catch (error) {
      setProblems(problemsFrom(error, rulesFor(error), common.formProblem, text.shell.failed));
      setBusy(false);
    }
  }

  function rulesFor(error: unknown): FieldRule[] {
    const conflict = error instanceof ApiError && error.status === 409;
    const phoneMessage =
      error instanceof ApiError ? (error.fields.find((f) => f.field === '/phone')?.message ?? '') : '';
    return [
      [/^\/name$/, 'responder-name', t.errors.nameMissing],
      // The server's words say which phone problem it is; the words shown are this page's own.
      [
        /^\/phone$/,
        'responder-phone',
        /community number/.test(phoneMessage)
          ? t.errors.phoneIsLine
          : /required/.test(phoneMessage)
            ? t.errors.phoneRequired
            : t.errors.phoneInvalid,
      ],
      [/^\/roles/, firstRole, conflict ? t.errors.rolesHeld : t.errors.rolesMissing],
      [/^\/languages\/\d+$/, 'responder-other', t.errors.languageInvalid],
      [/^\/languages$/, firstLanguage, t.errors.languagesMissing],
    ];
  }

  return (
    <form
      class="inline-form"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-labelledby="responder-form-heading"
    >
      {level === 2 ? (
        <h2 id="responder-form-heading" tabIndex={-1} ref={heading}>
          {t.addHeading}
        </h2>
      ) : (
        <h3 id="responder-form-heading" tabIndex={-1} ref={heading}>
          {responder ? fill(t.editHeading, { name: responder.name }) : t.addHeading}
        </h3>
      )}
      <ErrorSummary problems={problems} />
      <Field id="responder-name" label={t.name.label} hint={t.name.hint} error={problemFor(problems, 'responder-name')}>
        {(describedBy, invalid) => (
          <input
            type="text"
            autoComplete="off"
            spellcheck={false}
            {...inputProps('responder-name', name, setName, describedBy, invalid)}
          />
        )}
      </Field>
      <Field
        id="responder-phone"
        label={t.phone.label}
        hint={t.phone.hint}
        error={problemFor(problems, 'responder-phone')}
      >
        {(describedBy, invalid) => (
          <input
            type="tel"
            autoComplete="off"
            dir="ltr"
            {...inputProps('responder-phone', phone, setPhone, describedBy, invalid)}
          />
        )}
      </Field>
      <Checkboxes
        name="responder-languages"
        legend={t.languagesField.label}
        hint={t.languagesField.hint}
        error={problemFor(problems, firstLanguage)}
        options={offered.map((code) => ({ value: code, label: languageName(code, lang) }))}
        values={languages}
        onChange={setLanguages}
      />
      <Field
        id="responder-other"
        label={t.otherLanguages.label}
        hint={t.otherLanguages.hint}
        error={problemFor(problems, 'responder-other')}
      >
        {(describedBy, invalid) => (
          <input
            type="text"
            autoComplete="off"
            spellcheck={false}
            {...inputProps('responder-other', other, setOther, describedBy, invalid)}
          />
        )}
      </Field>
      <Checkboxes
        name="responder-roles"
        legend={t.rolesField.label}
        hint={t.rolesField.hint}
        error={problemFor(problems, firstRole)}
        options={ROLES.map((role) => ({ value: role, label: common.roles[role], hint: common.roleHints[role] }))}
        values={roles}
        onChange={setRoles}
      />
      <div class="button-row">
        <button type="submit" class="button">
          {responder ? t.submitEdit : t.submitAdd}
        </button>
        <button type="button" class="button secondary" onClick={onCancel}>
          {common.cancel}
        </button>
      </div>
    </form>
  );
}
