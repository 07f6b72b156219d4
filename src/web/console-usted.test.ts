import { describe, expect, it } from 'vitest';
import { es } from './i18n/es';
import { esConsole } from './i18n/console/es';

/**
 * The console's Spanish speaks to the team as *usted*, as callers and the setup page are spoken to
 * (docs/LANGUAGES.md). These are forms only *tú* uses: none may come back in a new or changed line.
 * Case matters for the imperatives: "Escribe" opens a sentence only as a command, while "quien
 * escribe" is a statement; "Vuelve a esperar" (the conversation waits again) is fine, so only the
 * commands "Vuelve a entrar" and "Vuelve a intentarlo" are listed.
 */
const TU_ONLY = [
  // Pronouns and possessives.
  /(?<!\p{L})(?:tú|Tú|tu|Tu|tus|Tus|ti|contigo|tuyo|tuya|tuyos|tuyas|Tuyas|te|Te)(?!\p{L})/u,
  // Present tense, second person.
  /(?<!\p{L})(?:puedes|Puedes|tienes|Tienes|estás|Estás|quieres|necesitas|debes|sabes|eres|entras|abres|olvidas|descansas|recargas|cierras|pones|eliges|tengas|compartas|quieras|escribas|pongas|mandes|publiques)(?!\p{L})/u,
  // Past tense, second person.
  /(?<!\p{L})(?:Cerraste|cerraste|entraste|Perdiste|quitaste|tuvieras)(?!\p{L})/u,
  // Commands.
  /(?<!\p{L})(?:Inténtalo|inténtalo|Vuelve a entrar|Vuelve a intentarlo|vuelve a intentarlo|Escribe|Elige|Pulsa|Revisa|Pide|Espera \{|Abre tu|Crea|Añade|Únete|Desbloquea|Sigue las|Sigue usando|Configura|Agrega|Acorta|Indica|Atiende|Selecciona|Mueve|Manda|Avisa|Mejora)(?!\p{L})/u,
  /(?<!\p{L})(?:Cópialo|cópialo|Cópiala|cópiala|Escríbelo|escríbelo|Escríbela|Déjalo|Úsalo|úsala|Actívalo|Mándale|mándale|Pégala|guárdala|añádela|dásela|Resuélvelo|Agrégalo|Cámbialo|Ponlo|Revísalas)(?!\p{L})/u,
];

function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) => strings(inner, path === '' ? key : `${path}.${key}`));
}

describe('the console’s Spanish uses usted', () => {
  it('has none of the forms only tú uses, in any line of the console or the Spanish pages', () => {
    // The Spanish pages' catalog carries the console's words too (es.console).
    expect(es.console).toBe(esConsole);
    const lines = strings(es);
    expect(lines.length).toBeGreaterThan(500);
    const found = lines.flatMap(([path, text]) =>
      TU_ONLY.flatMap((form) => {
        const match = form.exec(text);
        return match ? [`${path}: “${match[0]}” in “${text}”`] : [];
      }),
    );
    expect(found).toEqual([]);
  });

  it('catches the forms it lists', () => {
    const caught = (text: string) => TU_ONLY.some((form) => form.test(text));
    for (const tu of [
      'Inténtalo de nuevo.',
      'Vuelve a entrar.',
      'No puedes verla.',
      'Cerraste la sesión.',
      'Tu sesión',
    ])
      expect(caught(tu)).toBe(true);
    for (const usted of ['Inténtelo de nuevo.', 'Vuelva a entrar.', 'No puede verla.', 'Cerró la sesión.', 'Su sesión'])
      expect(caught(usted)).toBe(false);
  });
});
