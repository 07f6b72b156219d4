/**
 * A status line carried from one field view to the next ("Asked for a team" after the form moves on
 * to the board). Only the console's own words travel this way; the next view takes it once.
 */
let pending: string | undefined;

export function fieldFlash(message: string): void {
  pending = message;
}

export function takeFieldFlash(): string | undefined {
  const message = pending;
  pending = undefined;
  return message;
}
