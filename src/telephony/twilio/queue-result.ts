import type { HoldEnd } from '../plan';

/**
 * Twilio's `<Enqueue>` action reports how a wait ended in `QueueResult` (SignalWire sends the same
 * values). Only `hangup` means the caller left; an unknown value is treated as a failure, so the
 * caller is never left in silence.
 */
export function holdEndOf(queueResult: string | undefined): HoldEnd {
  switch (queueResult) {
    case 'leave':
      return 'left';
    case 'hangup':
      return 'hungUp';
    case 'bridged':
      return 'bridgeEnded';
    // Twilio has been told to bridge the caller, or the call was redirected out of the queue (before or
    // after a bridge): its new instructions are running, so the answer to this request is not heard.
    case 'bridging-in-process':
    case 'redirected':
    case 'redirected-from-bridged':
      return 'moved';
    // `error` (the Enqueue or the wait document failed), `queue-full`, `system-error`, and anything new.
    default:
      return 'failed';
  }
}

/**
 * Whether a `<Dial><Queue>` connected the responder to the caller. `completed` is a bridge that has
 * ended; `no-answer` an empty queue that stayed empty for the Dial's timeout; `failed` a queue that no
 * longer exists; `canceled` the responder hanging up while waiting. A missing status is taken as
 * connected, as before this was known.
 */
export function dialBridged(dialCallStatus: string | undefined): boolean {
  return dialCallStatus === undefined || dialCallStatus === 'completed' || dialCallStatus === 'answered';
}
