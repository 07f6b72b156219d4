import { describe, expect, it } from 'vitest';
import { dialBridged, holdEndOf } from './queue-result';

describe('reading Twilio queue and dial results', () => {
  it('maps every documented QueueResult, and treats an unknown one as a failure rather than a hang-up', () => {
    const table: Record<string, string> = {
      bridged: 'bridgeEnded',
      'bridging-in-process': 'moved',
      error: 'failed',
      hangup: 'hungUp',
      leave: 'left',
      redirected: 'moved',
      'redirected-from-bridged': 'moved',
      'queue-full': 'failed',
      'system-error': 'failed',
      'something-new': 'failed',
    };
    for (const [result, end] of Object.entries(table)) expect([result, holdEndOf(result)]).toEqual([result, end]);
    expect(holdEndOf(undefined)).toBe('failed');
    // Only one value means the caller left.
    expect(Object.keys(table).filter((r) => holdEndOf(r) === 'hungUp')).toEqual(['hangup']);
  });

  it('knows a Dial on a queue that never connected', () => {
    expect(dialBridged('completed')).toBe(true);
    expect(dialBridged(undefined)).toBe(true);
    for (const status of ['no-answer', 'failed', 'canceled', 'busy']) expect(dialBridged(status)).toBe(false);
  });
});
