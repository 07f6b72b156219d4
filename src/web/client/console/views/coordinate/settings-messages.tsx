/**
 * What callers hear, per language: the greeting, the promises (disclosures), the closed message
 * and the no-answer message, then every other message (settings-more-messages.tsx). A box left
 * empty uses Kith's plain wording; what callers hear now is shown under each of the first four. The languages are the ones typed above, so a new language's messages
 * can be written before the first save.
 */
import type { JSX } from 'preact';
import { callerReady, isDraft } from '@server/i18n/languages';
import { fill } from '../../../../../i18n/catalog';
import { Field, problemFor } from '../../components';
import { useLang, useText } from '../../context';
import { codesFrom, inputProps, languageName } from './parts';
import type { SectionProps } from './settings-sections';
import { MoreMessages } from './settings-more-messages';
import { MESSAGE_KEYS, messageFieldId, type Program } from './types';

export function MessagesSection({
  d,
  set,
  problems,
  spoken,
  enabled,
}: SectionProps & { spoken: Program['spoken']; enabled: string[] }): JSX.Element {
  const t = useText().coordinate.settings;
  const lang = useLang();
  const languages = [...new Set(codesFrom(d.languages))].filter((code) => /^[a-z]{2,3}(-[A-Z]{2})?$/.test(code));
  return (
    <section aria-labelledby="messages-heading">
      <h2 id="messages-heading">{t.messagesHeading}</h2>
      <p>{t.messagesIntro}</p>
      {languages.map((language) => (
        <section key={language} aria-labelledby={`messages-${language}-heading`}>
          <h3 id={`messages-${language}-heading`} lang={language}>
            {languageName(language, language)}
            {languageName(language, language) === languageName(language, lang) ? null : (
              <span lang={lang}> ({languageName(language, lang)})</span>
            )}
          </h3>
          <LanguageStatus language={language} enabled={enabled} d={d} set={set} />
          {MESSAGE_KEYS.map((key) => {
            const id = messageFieldId(language, key);
            const now = spoken[language]?.[key];
            return (
              <Field
                key={key}
                id={id}
                label={`${t.messages[key]} (${languageName(language, lang)})`}
                error={problemFor(problems, id)}
              >
                {(describedBy, invalid) => (
                  <>
                    <textarea
                      rows={3}
                      lang={language}
                      {...inputProps(
                        id,
                        d.messages[language]?.[key] ?? '',
                        (value) =>
                          set({ messages: { ...d.messages, [language]: { ...d.messages[language], [key]: value } } }),
                        describedBy,
                        invalid,
                      )}
                    />
                    {now ? (
                      <details class="heard-now">
                        <summary>{t.heardNow}</summary>
                        <p lang={language}>{now}</p>
                      </details>
                    ) : null}
                  </>
                )}
              </Field>
            );
          })}
          <MoreMessages language={language} d={d} set={set} problems={problems} />
        </section>
      ))}
    </section>
  );
}

/** Whether Kith's words in a language were checked; a draft newly listed needs the coordinator's tick. */
function LanguageStatus({
  language,
  enabled,
  d,
  set,
}: Pick<SectionProps, 'd' | 'set'> & { language: string; enabled: string[] }): JSX.Element {
  const t = useText().coordinate.settings.languageStatus;
  const name = languageName(language, useLang());
  if (!callerReady(language)) return <p class="hint">{fill(t.none, { language: name })}</p>;
  if (!isDraft(language)) return <p class="hint">{fill(t.reviewed, { language: name })}</p>;
  const id = `acknowledge-draft-${language}`;
  return (
    <div class="notice">
      <p>{fill(t.draft, { language: name })}</p>
      {enabled.includes(language) ? null : (
        <div class="checkbox">
          <input
            type="checkbox"
            id={id}
            checked={d.acknowledgeDraft.includes(language)}
            onChange={(event) =>
              set({
                acknowledgeDraft: event.currentTarget.checked
                  ? [...d.acknowledgeDraft, language]
                  : d.acknowledgeDraft.filter((l) => l !== language),
              })
            }
          />
          <label for={id}>{fill(t.acknowledge, { language: name })}</label>
        </div>
      )}
    </div>
  );
}
