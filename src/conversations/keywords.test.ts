import { describe, expect, it } from 'vitest';
import { keywordOf, normalizeWord } from './keywords';

describe('keywords a person texts', () => {
  it('reads STOP, START and HELP however they are written, and only as the whole message', () => {
    expect(keywordOf('stop', ['en'])).toEqual({ kind: 'stop' });
    expect(keywordOf('  Stop. ', ['en'])).toEqual({ kind: 'stop' });
    expect(keywordOf('UNSUBSCRIBE', ['en'])).toEqual({ kind: 'stop' });
    expect(keywordOf('start', ['en'])).toEqual({ kind: 'start' });
    expect(keywordOf('Ayuda', ['en', 'es'])).toEqual({ kind: 'help', language: 'es' });
    expect(keywordOf('STOP', ['en', 'es'])).toEqual({ kind: 'stop' });
    expect(keywordOf('stop', ['es'])).toEqual({ kind: 'stop' });
    expect(keywordOf('please stop calling me', ['en'])).toBeUndefined();
    expect(keywordOf('I need help', ['en'])).toBeUndefined();
  });

  it('switches language by the language’s own name, accents or not, only for the program’s languages', () => {
    expect(keywordOf('Español', ['en', 'es'])).toEqual({ kind: 'language', language: 'es' });
    expect(keywordOf('espanol', ['en', 'es'])).toEqual({ kind: 'language', language: 'es' });
    expect(keywordOf('English', ['en', 'es'])).toEqual({ kind: 'language', language: 'en' });
    expect(keywordOf('Español', ['en'])).toBeUndefined();
  });

  it('reads each enabled language’s own words, which carry that language, and no other language’s', () => {
    expect(keywordOf('توقف', ['en', 'ar'])).toEqual({ kind: 'stop', language: 'ar' });
    expect(keywordOf(' مساعدة. ', ['en', 'ar'])).toEqual({ kind: 'help', language: 'ar' });
    expect(keywordOf('ابدأ', ['en', 'ar'])).toEqual({ kind: 'start', language: 'ar' });
    expect(keywordOf('عربي', ['en', 'ar'])).toEqual({ kind: 'language', language: 'ar' });
    expect(keywordOf('Parar', ['en', 'es'])).toEqual({ kind: 'stop', language: 'es' });
    expect(keywordOf('مساعدة', ['en', 'es'])).toBeUndefined();
    // Stopping is never missed: any language's stop word stops, answered in the conversation's language.
    expect(keywordOf('توقف', ['en', 'es'])).toEqual({ kind: 'stop' });
    expect(keywordOf('Bắt đầu', ['vi'])).toEqual({ kind: 'start', language: 'vi' });
  });

  it('reads Haitian Creole’s ÈD only with its accent: a person texting the name Ed is not asking for help', () => {
    const line = ['en', 'ht'];
    for (const help of ['ÈD', 'èd', ' Èd! ', 'E\u0300D'])
      expect(keywordOf(help, line), help).toEqual({ kind: 'help', language: 'ht' });
    for (const name of ['Ed', 'ED', 'ed.', 'Éd']) expect(keywordOf(name, line), name).toBeUndefined();
    // Its other words keep the usual rule: accents or not.
    expect(keywordOf('kanpe', line)).toEqual({ kind: 'stop', language: 'ht' });
    expect(keywordOf('Kreyol', line)).toEqual({ kind: 'language', language: 'ht' });
  });

  it('normalizes without touching other scripts', () => {
    expect(normalizeWord(' ¡Ayúdame! ')).toBe('AYUDAME');
    expect(normalizeWord('مرحبا')).toBe('مرحبا');
  });
});
