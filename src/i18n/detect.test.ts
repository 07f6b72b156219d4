import { describe, expect, it } from 'vitest';
import { detectLanguage } from './detect';

describe('a text’s language, from its words', () => {
  it('picks among the program’s languages only', () => {
    expect(detectLanguage('مرحبا، أنا خائف ولا أعرف ماذا أفعل', ['en', 'es', 'ar'])).toBe('ar');
    expect(detectLanguage('hola, necesito ayuda por favor', ['en', 'es'])).toBe('es');
    expect(detectLanguage('hi, is anyone there? I need to talk', ['en', 'es', 'ar'])).toBe('en');
    // Never a language the program does not offer, however sure franc is.
    expect(detectLanguage('hola, necesito ayuda por favor', ['en', 'ar'])).not.toBe('es');
  });

  it('says nothing for a short text or a single language, so the default stands', () => {
    expect(detectLanguage('ok', ['en', 'es'])).toBeUndefined();
    expect(detectLanguage('hola, necesito ayuda por favor', ['es'])).toBeUndefined();
    // Too few letters: the load test's "load s0 m0" once read as Spanish and got a Spanish first reply.
    expect(detectLanguage('load s0 m0', ['en', 'es'])).toBeUndefined();
  });

  it('reads short crisis texts right once they have enough letters', () => {
    expect(detectLanguage('help me please', ['en', 'es'])).toBeUndefined(); // 12 letters: franc says Spanish
    expect(detectLanguage('I am scared to go home', ['en', 'es'])).toBe('en');
    expect(detectLanguage('tengo miedo de ir a casa', ['en', 'es'])).toBe('es');
    expect(detectLanguage('donde consigo narcan', ['en', 'es'])).toBe('es');
  });
});
