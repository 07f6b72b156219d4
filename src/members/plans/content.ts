import { invalid, type FieldProblem } from '../../platform/errors';
import { controlProblem } from '../../platform/text';

/**
 * What a plan says, in the member's own words, field by field (the seed's overdose agreements: who to
 * call, what to do, what never to do, where the naloxone is). Every field may be empty but one.
 */
export const PLAN_FIELDS = ['helps', 'avoid', 'people', 'never', 'naloxone', 'other'] as const;
export type PlanField = (typeof PLAN_FIELDS)[number];
export type PlanContent = Record<PlanField, string>;

export const MAX_FIELD_CHARS = 1000;

export function cleanContent(input: Partial<Record<string, string>>): PlanContent {
  const problems: FieldProblem[] = [];
  const content = {} as PlanContent;
  for (const field of PLAN_FIELDS) {
    const value = (input[field] ?? '').replace(/\r\n?/gu, '\n').trim();
    const problem = controlProblem(`/${field}`, value);
    if (problem) problems.push(problem);
    if ([...value].length > MAX_FIELD_CHARS)
      problems.push({ field: `/${field}`, message: `must be at most ${MAX_FIELD_CHARS} characters` });
    content[field] = value;
  }
  if (PLAN_FIELDS.every((f) => content[f] === ''))
    problems.push({ field: '/helps', message: 'a plan needs at least one thing written in it' });
  if (problems.length > 0) throw invalid(problems);
  return content;
}

/** The sealed form: JSON of the fields, nothing else (no member id, no name). */
export const contentText = (content: PlanContent): string => JSON.stringify(content);

export function contentFrom(text: string): PlanContent {
  const parsed = JSON.parse(text) as Partial<Record<string, unknown>>;
  const content = {} as PlanContent;
  for (const field of PLAN_FIELDS) content[field] = typeof parsed[field] === 'string' ? parsed[field] : '';
  return content;
}
