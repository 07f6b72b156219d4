/**
 * The quick-exit key: Escape pressed twice in a row does what "Leave now" does. No time window (a
 * slow or shaky hand is not refused): any other key in between starts again. The first press is
 * said aloud and on screen, so nobody leaves by surprise.
 */
export function listenForQuickExit(armed: () => void, leave: (event: Event) => void): void {
  let pressedOnce = false;
  document.addEventListener('keydown', (event) => {
    if (event.isComposing) return;
    if (event.key !== 'Escape') {
      pressedOnce = false;
      return;
    }
    if (pressedOnce) return leave(event);
    pressedOnce = true;
    armed();
  });
}
