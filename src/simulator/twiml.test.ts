import { describe, expect, it } from 'vitest';
import { LOOP_FOREVER, parseTwiml } from './twiml';

describe('parseTwiml', () => {
  it('builds a typed verb tree with defaults', () => {
    const parsed = parseTwiml(
      '<?xml version="1.0"?><Response><Say voice="alice" language="en-GB" loop="0">Hello &amp; welcome</Say>' +
        '<Gather numDigits="1" action="/next"><Say>Press 1</Say><Pause/></Gather>' +
        '<Dial callerId="+15555550100" record="record-from-answer" hangupOnStar="true"><Number url="screen">+15555550111</Number><Number>+15555550112</Number></Dial>' +
        '<Hangup/></Response>',
    );
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.verbs).toEqual([
      { kind: 'Say', text: 'Hello & welcome', voice: 'alice', language: 'en-GB', loop: LOOP_FOREVER },
      {
        kind: 'Gather',
        action: '/next',
        method: 'POST',
        timeout: 5,
        numDigits: 1,
        finishOnKey: '#',
        acceptsDtmf: true,
        children: [
          { kind: 'Say', text: 'Press 1', loop: 1 },
          { kind: 'Pause', length: 1 },
        ],
      },
      {
        kind: 'Dial',
        method: 'POST',
        timeout: 30,
        callerId: '+15555550100',
        hangupOnStar: true,
        nouns: [
          {
            kind: 'Number',
            number: '+15555550111',
            url: 'screen',
            method: 'POST',
            statusCallbackEvents: [],
            statusCallbackMethod: 'POST',
          },
          {
            kind: 'Number',
            number: '+15555550112',
            method: 'POST',
            statusCallbackEvents: [],
            statusCallbackMethod: 'POST',
          },
        ],
      },
      { kind: 'Hangup' },
    ]);
  });

  it('reads Enqueue, Dial/Queue and a bare Dial number', () => {
    const parsed = parseTwiml(
      '<Response><Enqueue waitUrl="/wait" action="/after">crisis</Enqueue><Dial><Queue url="/announce">crisis</Queue></Dial><Dial>+15555550111</Dial></Response>',
    );
    expect(parsed.ok && parsed.verbs.map((v) => v.kind)).toEqual(['Enqueue', 'Dial', 'Dial']);
    if (!parsed.ok) return;
    expect(parsed.verbs[0]).toMatchObject({ queue: 'crisis', waitUrl: '/wait', action: '/after' });
    expect(parsed.verbs[1]).toMatchObject({ nouns: [{ kind: 'Queue', name: 'crisis', url: '/announce' }] });
    expect(parsed.verbs[2]).toMatchObject({ nouns: [{ kind: 'Number', number: '+15555550111' }] });
  });

  it('marks unsupported verbs and nouns instead of guessing', () => {
    const parsed = parseTwiml(
      '<Response><Record/><Dial><Conference>room</Conference></Dial><Gather><Dial>+15555550111</Dial></Gather></Response>',
    );
    expect(parsed.ok && parsed.verbs.map((v) => (v.kind === 'Unsupported' ? v.name : v.kind))).toEqual([
      'Record',
      'Dial/Conference',
      'Gather/Dial',
    ]);
  });

  it('rejects malformed XML and a wrong root', () => {
    expect(parseTwiml('<Response><Say>oops</Response>').ok).toBe(false);
    expect(parseTwiml('<Reply><Say>hi</Say></Reply>').ok).toBe(false);
    expect(parseTwiml('').ok).toBe(false);
  });
});
