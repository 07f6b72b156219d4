import { Type } from '@sinclair/typebox';
import type { FieldProblem } from '../platform/errors';

/**
 * How the program goes to people (field dispatch, docs/DISPATCH.md). Every field has a default; the
 * guidance texts are the program's own words, in each of its languages, shown to the team one tap
 * away — they never tell anyone to call the police.
 */
export interface DispatchSettings {
  /** What a field response may need, as ids (responders' skills use the same ids; `language` is matched by languages). */
  needs: string[];
  /** Field responders per team, not counting the support person. */
  teamMin: number;
  teamMax: number;
  /** Minutes each person asked has to answer before the next is asked. */
  askMinutes: number;
  /** Minutes to form a team; then the requester is told no team could be formed. */
  formMinutes: number;
  /** A team out must check in this often; a missed check-in alerts the support person and the on-call coordinator. */
  checkInMinutes: number;
  /** How a response can end, as ids. */
  outcomes: string[];
  /** Why a person asked for, or agreed to, an emergency service. */
  emergencyReasons: string[];
  /** How police came to be involved, if they ever were. */
  policeCategories: string[];
  /** Shown to the requester when no team could be formed, by language. */
  noTeamGuidance: Record<string, string>;
  /** What to do if police show up uninvited; legal observers to call. By language. */
  policeGuidance: Record<string, string>;
}

export const DISPATCH_DEFAULTS: DispatchSettings = {
  needs: ['de-escalation', 'accompaniment', 'first-aid', 'naloxone', 'language', 'supplies'],
  teamMin: 2,
  teamMax: 4,
  askMinutes: 3,
  formMinutes: 15,
  checkInMinutes: 30,
  outcomes: [
    'resolved',
    'accompanied',
    'connected-to-care',
    'person-declined',
    'person-not-found',
    'emergency-services',
    'other',
  ],
  emergencyReasons: ['person-asked', 'medical', 'injury', 'overdose', 'other'],
  policeCategories: ['arrived-uninvited', 'called-by-someone-else', 'called-by-the-person', 'other'],
  noTeamGuidance: {
    en: 'No team could go right now. Stay with the person on the phone or by text. Ask who they trust who could come to them, and help them reach that person. Agree on when you will check in again, and tell the coordinator.',
    es: 'Ahora no pudo salir ningún equipo. Quédese con la persona por teléfono o por mensaje. Pregúntele en quién confía que pueda acompañarla y ayúdele a contactarla. Acuerden cuándo volverán a hablar y avise a la coordinación.',
  },
  policeGuidance: {
    en: 'If police arrive: stay calm and stay with the person if they want you there. You do not have to answer questions about them. Note badge numbers and the time. Call the program’s legal observer contact, then the coordinator.',
    es: 'Si llega la policía: mantenga la calma y quédese con la persona si ella lo desea. No tiene que responder preguntas sobre ella. Anote los números de placa y la hora. Llame al contacto de observación legal del programa y luego a la coordinación.',
  },
};

const ids = (description: string) =>
  Type.Optional(
    Type.Array(Type.String({ minLength: 1, maxLength: 40, pattern: '^[a-z0-9-]+$' }), {
      minItems: 1,
      maxItems: 30,
      description,
    }),
  );
const byLanguage = (description: string) =>
  Type.Optional(
    Type.Record(Type.String({ pattern: '^[a-z]{2,3}$' }), Type.String({ maxLength: 2000 }), { description }),
  );
const whole = (description: string) => Type.Optional(Type.Integer({ description }));

export const DispatchPatchSchema = Type.Object(
  {
    needs: ids('What a field response may need (ids such as de-escalation, naloxone)'),
    teamMin: whole('Fewest field responders a team goes out with (2–4)'),
    teamMax: whole('Most field responders on a team (teamMin–4)'),
    askMinutes: whole('Minutes each person asked has to answer (1–30)'),
    formMinutes: whole('Minutes to form a team before the requester is told none could be (5–120)'),
    checkInMinutes: whole('Minutes between a team’s safety check-ins (5–120)'),
    outcomes: ids('How a response can end'),
    emergencyReasons: ids('Why the person asked for or agreed to an emergency service'),
    policeCategories: ids('How police came to be involved, if they ever were'),
    noTeamGuidance: byLanguage('What the requester is shown when no team could be formed, by language'),
    policeGuidance: byLanguage('What to do if police show up uninvited, by language'),
  },
  { additionalProperties: false, description: 'Field dispatch settings; absent fields keep their value' },
);

const RANGES = {
  teamMin: [2, 4],
  teamMax: [2, 4],
  askMinutes: [1, 30],
  formMinutes: [5, 120],
  checkInMinutes: [5, 120],
} as const;

export function dispatchFromJson(json: string): DispatchSettings {
  return { ...DISPATCH_DEFAULTS, ...(JSON.parse(json) as Partial<DispatchSettings>) };
}

export function validateDispatch(d: DispatchSettings): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const [field, [min, max]] of Object.entries(RANGES) as [keyof typeof RANGES, readonly [number, number]][]) {
    const value = d[field];
    if (!Number.isInteger(value) || value < min || value > max)
      problems.push({ field: `/dispatch/${field}`, message: `must be a whole number from ${min} to ${max}` });
  }
  if (d.teamMax < d.teamMin) problems.push({ field: '/dispatch/teamMax', message: 'must be at least teamMin' });
  if (d.formMinutes < d.askMinutes)
    problems.push({
      field: '/dispatch/formMinutes',
      message: 'must be at least askMinutes, or nobody could answer in time',
    });
  for (const field of ['needs', 'outcomes', 'emergencyReasons', 'policeCategories'] as const) {
    if (new Set(d[field]).size !== d[field].length)
      problems.push({ field: `/dispatch/${field}`, message: 'must not repeat an id' });
  }
  return problems;
}
