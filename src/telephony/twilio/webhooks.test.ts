import { describe, expect, it } from 'vitest';
import { voiceRequestOf } from './webhooks';

describe('a Twilio voice request in Kith’s words', () => {
  it('reads the form and the query Kith wrote, first value of a repeated one', () => {
    const request = voiceRequestOf(
      {
        CallSid: 'CA1',
        To: '+12025550100',
        From: '+12025550199',
        CallStatus: 'completed',
        Digits: '1',
        QueueTime: '25',
        QueueResult: 'hangup',
        QueueSid: 'QU1',
        DialCallStatus: 'no-answer',
        DialCallSid: 'CA2',
      },
      { call: ['call_1', 'call_2'], leg: 'leg_1' },
    );
    expect(request).toEqual({
      query: { call: 'call_1', leg: 'leg_1' },
      callRef: 'CA1',
      to: '+12025550100',
      from: '+12025550199',
      callStatus: 'completed',
      digits: '1',
      queueSeconds: 25,
      holdEnd: 'hungUp',
      queueRef: 'QU1',
      bridged: false,
      dialedCallRef: 'CA2',
    });
  });

  it('gives the neutral defaults where the provider said nothing', () => {
    expect(voiceRequestOf({ QueueTime: 'soon' }, {})).toMatchObject({
      query: {},
      digits: undefined,
      queueSeconds: 0,
      holdEnd: 'failed',
      bridged: true,
    });
  });
});
