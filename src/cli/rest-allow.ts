import { REST_OVERRIDE_REASONS, type RestOverrideReason } from '../program/limits';
import { CliApiError } from './client';
import { CommandRefused, oneOf, str, type CommandContext, type OptionSpec } from './command';
import { localInstant } from './format';

/** A coordinator's reason to let a shift break a rest rule (the API's `restOverride`); a category, never free text. */
export const allowOption: Record<string, OptionSpec> = {
  allow: {
    type: 'string',
    value: 'REASON',
    help: `Let it break a rest rule, for one reason: ${REST_OVERRIDE_REASONS.join(', ')}`,
    fills: '/restOverride',
  },
};

export function allowed(ctx: CommandContext): { restOverride?: RestOverrideReason } {
  const reason = str(ctx, 'allow');
  return reason === undefined ? {} : { restOverride: oneOf('allow', reason, REST_OVERRIDE_REASONS) };
}

/**
 * A 409 `rest_limit` in plain words, from the refusal's facts (who, which rule, the hours, when), naming
 * --allow: the server's own message names the API field, not the flag a coordinator types.
 */
export async function orRestRefusal<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (!(error instanceof CliApiError) || error.code !== 'rest_limit') throw error;
    const { rule, responder, hours, limit, at } = error.facts;
    const when = typeof at === 'string' ? localInstant(at) : '';
    const said =
      rule === 'weekHours'
        ? `${responder} would be on call ${hours} hours in 7 days (from ${when}); the limit is ${limit} hours.`
        : rule === 'stretchHours'
          ? `${responder} would be on call ${hours} hours without a break (from ${when}); the limit is ${limit} hours.`
          : `${responder} would have only ${hours} hours off before the shift at ${when}; the rule is at least ${limit} hours.`;
    throw new CommandRefused(
      `Not saved: it breaks a rest rule. ${rule === undefined ? error.message : said}\n` +
        `If it must stand, say why with --allow ${REST_OVERRIDE_REASONS.join('|')} (the schedule then marks it).`,
    );
  }
}
