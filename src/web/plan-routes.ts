import { Type } from '@sinclair/typebox';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { isOwnOrigin } from '../auth/resolve';
import type { AppContext } from '../context';
import { textDepsOf } from '../conversations/deps';
import { secretProblem } from '../crypto/plan-lock';
import { typed } from '../http/typed';
import { MEMBER_LANGUAGES } from '../i18n/members';
import { DomainError } from '../platform/errors';
import { getProgram } from '../program/service';
import { cleanContent, PLAN_FIELDS, type PlanContent } from '../members/plans/content';
import {
  destroyPlan,
  memberOfLink,
  planStatus,
  readOwnPlan,
  sealingFor,
  spendLink,
  writePlan,
  writeSealedPlan,
} from '../members/plans/plans';
import type { MemberRow } from '../members/service';
import type { Assets } from './assets';
import { publicCatalogFor, publicCatalogs } from './i18n';
import { planPageText } from './i18n/plan-page';
import { renderPlanPage, type PlanPageOptions, type PlanProblem } from './plan-page';

const TokenParams = Type.Object({ token: Type.String({ maxLength: 80 }) });
const PlanQuery = Type.Object({ lang: Type.Optional(Type.String({ maxLength: 8 })) });
const PlanForm = Type.Object({
  action: Type.Union([Type.Literal('write'), Type.Literal('sealed'), Type.Literal('open'), Type.Literal('destroy')]),
  // A plan the page's script sealed in the browser: base64 of at most 6 × 1000 characters of 4 bytes, and its frame.
  sealed: Type.Optional(Type.String({ maxLength: 40_000 })),
  secret: Type.Optional(Type.String({ maxLength: 200 })),
  again: Type.Optional(Type.String({ maxLength: 200 })),
  confirm: Type.Optional(Type.String({ maxLength: 8 })),
  ...Object.fromEntries(PLAN_FIELDS.map((f) => [f, Type.Optional(Type.String({ maxLength: 4000 }))])),
});

/**
 * `/plan/:token`: the member's own page to write, see, change or destroy their plan, with or without
 * JavaScript. Without it, the code travels in the form to this server, which derives the key, seals or
 * opens the plan in memory and forgets both. With it, the page's script seals a new plan in the
 * browser and posts only the sealed form (`action=sealed`) (docs/CRYPTO.md, "Members' plans").
 */
export function planPageRoutes(fastify: FastifyInstance, ctx: AppContext, assets: Assets): void {
  const app = typed(fastify);
  const deps = () => textDepsOf(ctx);
  const languages = publicCatalogs.filter((c) => MEMBER_LANGUAGES.includes(c.lang));

  const render = async (
    request: { params: { token: string }; query: { lang?: string | undefined } },
    reply: FastifyReply,
    member: MemberRow | undefined,
    view: PlanPageOptions['view'],
    status = 200,
  ) => {
    const asked = request.query.lang;
    const lang = asked && MEMBER_LANGUAGES.includes(asked) ? asked : (member?.language ?? 'en');
    const catalog = publicCatalogFor(lang) ?? publicCatalogs[0];
    if (!catalog) throw new DomainError('not_found', 'Not found');
    const zone = member ? (await getProgram(deps(), member.program_id)).timeZone : 'UTC';
    // Writing: the page's script may seal in the browser, with this member's pepper only.
    const shown = view.kind === 'write' && member ? { ...view, sealing: sealingFor(deps(), member) } : view;
    const action = `/plan/${encodeURIComponent(request.params.token)}${asked ? `?lang=${encodeURIComponent(lang)}` : ''}`;
    return reply
      .status(status)
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-store')
      .send(renderPlanPage({ catalog, languages, assets, text: planPageText(lang), action, zone, view: shown }));
  };

  const firstView = async (member: MemberRow): Promise<PlanPageOptions['view']> => {
    const status = await planStatus(deps(), member);
    return status.exists ? { kind: 'status', status } : { kind: 'write' };
  };

  app.get('/plan/:token', {
    config: { access: 'public' },
    schema: { hide: true, params: TokenParams, querystring: PlanQuery },
    handler: async (request, reply) => {
      const member = await memberOfLink(deps(), request.params.token);
      if (!member) return render(request, reply, undefined, { kind: 'gone' }, 404);
      return render(request, reply, member, await firstView(member));
    },
  });

  app.post('/plan/:token', {
    config: { access: 'public' },
    schema: { hide: true, params: TokenParams, querystring: PlanQuery, body: PlanForm },
    handler: async (request, reply) => {
      const origin = request.headers.origin;
      const foreign =
        (origin !== undefined && origin !== 'null' && !isOwnOrigin(origin, ctx.config)) ||
        request.headers['sec-fetch-site'] === 'cross-site';
      const member = foreign ? undefined : await memberOfLink(deps(), request.params.token);
      if (!member) return render(request, reply, undefined, { kind: 'gone' }, foreign ? 403 : 404);
      const body = request.body as Record<string, string | undefined>;
      const secret = body.secret ?? '';

      if (body.action === 'destroy') {
        if (body.confirm !== 'yes') {
          const status = await planStatus(deps(), member);
          return render(request, reply, member, { kind: 'status', status, problems: ['confirm'] }, 422);
        }
        await destroyPlan(deps(), member);
        await spendLink(deps(), request.params.token);
        return render(request, reply, member, { kind: 'destroyed' });
      }

      if (body.action === 'open') {
        const result = await readOwnPlan(deps(), member, secret);
        if (result.ok) return render(request, reply, member, { kind: 'write', draft: result.content });
        if (result.why === 'none') return render(request, reply, member, { kind: 'write' });
        const status = await planStatus(deps(), member);
        const left = result.why === 'wrong' ? result.triesLeft : 0;
        const problems: PlanProblem[] = [left === 0 ? 'locked' : 'wrongCode'];
        return render(request, reply, member, { kind: 'status', status, problems, left }, 422);
      }

      if (body.action === 'sealed') {
        try {
          await writeSealedPlan(deps(), member, body.sealed ?? '');
        } catch (error) {
          if (!(error instanceof DomainError)) throw error;
          return render(request, reply, member, { kind: 'write', problems: ['notSaved'] }, 422);
        }
        await spendLink(deps(), request.params.token);
        return render(request, reply, member, { kind: 'saved' });
      }

      const draft = Object.fromEntries(PLAN_FIELDS.map((f) => [f, body[f] ?? ''])) as PlanContent;
      const problems: PlanProblem[] = [];
      try {
        cleanContent(draft);
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        problems.push(error.fields.some((f) => f.message.includes('at most')) ? 'tooLong' : 'empty');
      }
      if (secretProblem(secret)) problems.push('short');
      else if (secret !== (body.again ?? '')) problems.push('mismatch');
      if (problems.length > 0) return render(request, reply, member, { kind: 'write', draft, problems }, 422);
      await writePlan(deps(), member, draft, secret, 'page');
      await spendLink(deps(), request.params.token);
      return render(request, reply, member, { kind: 'saved' });
    },
  });
}
