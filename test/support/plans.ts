import sodium from 'libsodium-wrappers-sumo';
import { expect } from 'vitest';
import { keyFromStretched, openWithKey, parseStoredPlan, sealPlanHere } from '../../src/crypto/plan-seal';
import type { OpenedPlan } from '../../src/members/plans/openings';
import type { Member } from '../../src/notes/test-fixtures';
import type { PlanPageData } from '../../src/web/plan-page';
import type { Line } from './line';
import { postForm } from './raw-http';

/** The plan page's link in a text to a member, on the test server's own address. */
export function planLinkIn(line: Line, reply: string): string {
  const match = /https:\/\/line\.example\.org(\/plan\/[\w-]+)/.exec(reply);
  if (!match?.[1]) throw new Error('no plan link in the reply');
  return `${line.t.url}${match[1]}`;
}

/** How many rows a plan table holds now. */
export async function planRows(
  line: Line,
  table: 'member_plans' | 'member_plan_openings' | 'member_plan_readers' | 'member_plan_events',
): Promise<number> {
  const { n } = await line.t.kith.ctx.db.kysely
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(n);
}

/** The plans opened to a responder now, as their console reads them. */
export async function plansOpenedTo(who: Member): Promise<OpenedPlan[]> {
  const answer = await who.browser.request<OpenedPlan[]>('GET', '/api/members/plans/opened');
  expect(answer.status).toBe(200);
  return answer.body;
}

/**
 * Writes a plan as the plan page's script does with JavaScript on, for scenario tests without a
 * browser: the pepper, id and parameters read from the page's own data, the plan sealed by the very
 * code the page's worker runs (`sealPlanHere`), and only `action=sealed` posted. (The browser tests
 * drive the real page; this is its protocol, so tests on both databases can write plans both ways.)
 */
export async function writeAsTheBrowser(
  url: string,
  content: Record<string, string>,
  secret: string,
): Promise<{ response: Response; posted: string }> {
  const page = await (await fetch(url)).text();
  const json = /<script type="application\/json" id="plan-data">([^<]*)<\/script>/.exec(page)?.[1];
  if (!json) throw new Error('the plan page carries no data for its script');
  const data = JSON.parse(json) as PlanPageData;
  const sealed = await sealPlanHere({
    secret,
    plaintext: JSON.stringify(content),
    boundTo: data.boundTo,
    pepper: data.pepper,
    params: data.params,
  });
  const form = { action: 'sealed', sealed };
  const response = await postForm(url, form);
  const posted = new URLSearchParams(form).toString();
  return { response, posted };
}

/**
 * Every secret the server holds tried against every plan it holds: as the plan's key itself, and as
 * Argon2id's output (with the member's pepper, which the server can make). Each must fail; only the
 * member's code opens a plan, at one Argon2id per guess (docs/CRYPTO.md, "Members' plans").
 */
export async function plansOpenedWithSecrets(
  plans: readonly { member_id: string; sealed: string }[],
  candidates: readonly Uint8Array[],
  pepperOf: (memberId: string) => string,
): Promise<{ attempts: number; opened: number }> {
  await sodium.ready;
  let attempts = 0;
  let opened = 0;
  for (const plan of plans) {
    const stored = parseStoredPlan(plan.sealed);
    if (!stored) throw new Error('a plan row that is not a stored plan');
    for (const candidate of candidates) {
      if (candidate.length !== 32) continue;
      for (const key of [
        Uint8Array.from(candidate),
        keyFromStretched(Uint8Array.from(candidate), pepperOf(plan.member_id)),
      ]) {
        attempts++;
        if (openWithKey(stored, key, plan.member_id) !== undefined) opened++;
      }
    }
  }
  return { attempts, opened };
}
