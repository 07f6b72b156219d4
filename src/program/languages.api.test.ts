import { afterEach, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../../test/support/databases';
import { startTestKith, type TestKith } from '../../test/support/kith';
import { CALLER_MESSAGE_KEYS } from './types';

interface ErrorBody {
  error: { code: string; message: string; fields?: { field: string; message: string }[] };
}

/** Every caller-facing message written, in German (no Kith catalog), by the program itself. */
const GERMAN = Object.fromEntries(CALLER_MESSAGE_KEYS.map((key) => [key, `Text des Programms (${key}).`]));

describe.each(DB_KINDS)('a program’s languages on %s', (kind) => {
  let t: TestKith;
  afterEach(async () => t?.stop());

  it('refuses a language Kith has no words in until the program writes every message, naming each missing one', async () => {
    t = await startTestKith(kind, { cheapArgon: true });
    const { token } = await t.setup();
    const refused = await t.api<ErrorBody>('PATCH', '/api/program', { languages: ['en', 'de'] }, token);
    expect(refused.status).toBe(422);
    const fields = refused.body.error.fields ?? [];
    expect(fields.map((f) => f.field)).toEqual([
      '/messages/de/greeting',
      '/messages/de/disclosures',
      '/messages/de/offHours',
      '/messages/de/noAnswer',
      '/messages/de',
    ]);
    // The rest are named in one problem, so no language pushes other problems past the answer's limit.
    const rest = fields.at(-1)?.message ?? '';
    for (const key of CALLER_MESSAGE_KEYS.slice(4)) expect(rest).toContain(key);

    // Half written: only what is still missing is named.
    const { greeting: _g, ...allButGreeting } = GERMAN;
    const half = await t.api<ErrorBody>(
      'PATCH',
      '/api/program',
      { languages: ['en', 'de'], messages: { de: allButGreeting } },
      token,
    );
    expect(half.status).toBe(422);
    expect(half.body.error.fields?.map((f) => f.field)).toEqual(['/messages/de/greeting']);

    // Kith cannot describe hours in German, so the program must write them out.
    const placeholder = await t.api<ErrorBody>(
      'PATCH',
      '/api/program',
      { languages: ['en', 'de'], messages: { de: { ...GERMAN, disclosures: 'Wir antworten {hours}.' } } },
      token,
    );
    expect(placeholder.status).toBe(422);
    expect(placeholder.body.error.fields).toEqual([
      { field: '/messages/de/disclosures', message: expect.stringContaining('{hours}') },
    ]);

    const accepted = await t.api<{ languages: string[]; spoken: Record<string, Record<string, string>> }>(
      'PATCH',
      '/api/program',
      { languages: ['en', 'de'], messages: { de: GERMAN } },
      token,
    );
    expect(accepted.status).toBe(200);
    expect(accepted.body.spoken.de?.greeting).toBe('Text des Programms (greeting).');
  });

  it('offers a draft translation only once the coordinator acknowledged it, and only when newly enabled', async () => {
    t = await startTestKith(kind, { cheapArgon: true });
    const { token } = await t.setup();
    const refused = await t.api<ErrorBody>('PATCH', '/api/program', { languages: ['en', 'es', 'ar'] }, token);
    expect(refused.status).toBe(422);
    expect(refused.body.error.fields).toEqual([
      {
        field: '/acknowledgeDraft/ar',
        message: expect.stringMatching(/Arabic words are a draft.*acknowledgeDraft: \["ar"\]/),
      },
    ]);
    const unchanged = await t.api<{ languages: string[] }>('GET', '/api/program', undefined, token);
    expect(unchanged.body.languages).toEqual(['en', 'es']);

    // Acknowledging another language does not count.
    const wrong = await t.api(
      'PATCH',
      '/api/program',
      { languages: ['en', 'es', 'ar'], acknowledgeDraft: ['de'] },
      token,
    );
    expect(wrong.status).toBe(422);

    const enabled = await t.api<{ languages: string[]; spoken: Record<string, Record<string, string>> }>(
      'PATCH',
      '/api/program',
      { languages: ['en', 'es', 'ar'], acknowledgeDraft: ['ar'] },
      token,
    );
    expect(enabled.status).toBe(200);
    expect(enabled.body.languages).toEqual(['en', 'es', 'ar']);
    expect(enabled.body.spoken.ar?.disclosures).toContain('لا يتصل بالشرطة');
    expect(enabled.body).not.toHaveProperty('acknowledgeDraft');

    // Already offered: later changes need no new acknowledgement, and reordering keeps it.
    const later = await t.api('PATCH', '/api/program', { languages: ['ar', 'en', 'es'], name: 'Line' }, token);
    expect(later.status).toBe(200);
  });

  it('refuses a first (spoken) language the phone provider has no voice for', async () => {
    t = await startTestKith(kind, { cheapArgon: true });
    const { token } = await t.setup();
    // Kith has Haitian Creole words (a draft), but Twilio has no voice that speaks them.
    const first = await t.api<ErrorBody>(
      'PATCH',
      '/api/program',
      { languages: ['ht', 'en'], acknowledgeDraft: ['ht'] },
      token,
    );
    expect(first.status).toBe(422);
    expect(first.body.error.fields).toEqual([{ field: '/languages/0', message: expect.stringContaining('no voice') }]);
    // Second, for texts and chat: accepted (the keypad menu leaves it out; see the languages scenario).
    const second = await t.api('PATCH', '/api/program', { languages: ['en', 'ht'], acknowledgeDraft: ['ht'] }, token);
    expect(second.status).toBe(200);
  });
});
