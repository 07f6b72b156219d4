import { textDepsOf, type TextDeps } from '../conversations/deps';

/** What calendars, reminders and coverage alerts need: texting's deps (reminders go out as texts), and how push may travel. */
export interface RotaDeps extends TextDeps {
  /**
   * Real push services are HTTPS on the internet. Tests run a push service on loopback over plain
   * HTTP; only they turn this on (it is no setting), so a teammate cannot aim Kith at a local service.
   */
  pushOverLoopback: boolean;
}

export function rotaDepsOf(
  ctx: Parameters<typeof textDepsOf>[0] & { pushOverLoopback?: boolean | undefined },
): RotaDeps {
  return { ...textDepsOf(ctx), pushOverLoopback: ctx.pushOverLoopback === true };
}
