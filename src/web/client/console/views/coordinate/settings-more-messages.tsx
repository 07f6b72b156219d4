/**
 * Every other message a program may write in a language (the language menu line, the waiting
 * lines, every text), so a coordinator can offer a language Kith has no words for without a
 * terminal: the server refuses it until each is written (src/program/validate.ts). They sit behind
 * a disclosure, open where they must all be written, where one has a problem, or once one is written.
 */
import type { JSX } from 'preact';
import { callerReady } from '@server/i18n/languages';
import { fill } from '../../../../../i18n/catalog';
import { Field, problemFor } from '../../components';
import { useLang, useText } from '../../context';
import { inputProps, languageName } from './parts';
import type { SectionProps } from './settings-sections';
import { MORE_MESSAGE_KEYS, messageFieldId } from './types';

export function MoreMessages({ language, d, set, problems }: SectionProps & { language: string }): JSX.Element {
  const t = useText().coordinate.settings;
  const lang = useLang();
  const own = d.messages[language] ?? {};
  const written = MORE_MESSAGE_KEYS.filter((key) => (own[key] ?? '').trim() !== '').length;
  const ids = MORE_MESSAGE_KEYS.map((key) => messageFieldId(language, key));
  const open = !callerReady(language) || written > 0 || problems.some((p) => p.field && ids.includes(p.field));
  return (
    <details class="more-messages" open={open}>
      <summary>{fill(t.moreMessages.summary, { count: written })}</summary>
      <p class="hint">{t.moreMessages.intro}</p>
      {MORE_MESSAGE_KEYS.map((key) => {
        const id = messageFieldId(language, key);
        return (
          <Field
            key={key}
            id={id}
            label={`${t.moreMessages.labels[key]} (${languageName(language, lang)})`}
            error={problemFor(problems, id)}
          >
            {(describedBy, invalid) => (
              <textarea
                rows={2}
                lang={language}
                {...inputProps(
                  id,
                  own[key] ?? '',
                  (value) =>
                    set({ messages: { ...d.messages, [language]: { ...d.messages[language], [key]: value } } }),
                  describedBy,
                  invalid,
                )}
              />
            )}
          </Field>
        );
      })}
    </details>
  );
}
