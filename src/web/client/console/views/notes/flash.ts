/**
 * A status line carried from one notes view to the next ("Note saved" after the form moves on to the
 * note). Only the console's own words travel this way, never a note's; the next view takes it once.
 */
let pending: string | undefined;

export function flash(message: string): void {
  pending = message;
}

export function takeFlash(): string | undefined {
  const message = pending;
  pending = undefined;
  return message;
}
