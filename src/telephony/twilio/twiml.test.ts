import { XMLBuilder, XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { xmlSafe } from '../../platform/text';
import type { VoiceRoute, VoiceStep } from '../plan';
import { renderTwiml, routeUrl } from './twiml';

const parser = new XMLParser({ ignoreAttributes: false, preserveOrder: true });

describe('TwiML rendering', () => {
  it('keeps verbs in order, escapes coordinator text and makes absolute URLs', () => {
    const xml = renderTwiml(
      [
        {
          kind: 'gather',
          digits: 1,
          timeoutSeconds: 3,
          next: { name: 'language', query: { call: 'call_1' } },
          prompts: [{ kind: 'say', text: 'Tom & Jerry’s <line> "here"', language: 'en-US' }],
        },
        { kind: 'redirect', to: { name: 'language', query: { call: 'call_1', x: 'a b' } } },
        {
          kind: 'hold',
          queue: 'kith-call_1',
          hold: { name: 'hold', query: { call: 'call_1' } },
          exit: { name: 'queueExit', query: { call: 'call_1' } },
        },
        { kind: 'hangup' },
      ],
      'https://line.example.org',
    );
    const doc = parser.parse(xml) as { Response?: { [verb: string]: unknown }[] }[];
    const verbs = (doc.find((n) => n.Response)?.Response ?? []).map((n) => Object.keys(n).find((k) => k !== ':@'));
    expect(verbs).toEqual(['Gather', 'Redirect', 'Enqueue', 'Hangup']);
    expect(xml).toContain('Tom &amp; Jerry’s &lt;line&gt;');
    expect(xml).toContain('action="https://line.example.org/webhooks/twilio/voice/language?call=call_1"');
    expect(xml).toContain('https://line.example.org/webhooks/twilio/voice/language?call=call_1&amp;x=a+b');
    expect(xml).toContain('waitUrl="https://line.example.org/webhooks/twilio/voice/hold?call=call_1"');
  });

  it('bridges a responder to the held caller with star to hang up, waiting only briefly on an empty queue', () => {
    const xml = renderTwiml(
      [
        {
          kind: 'connect',
          queue: 'kith-call_1',
          callerPrompt: { name: 'connected', query: { call: 'call_1' } },
          after: { name: 'legAfter', query: { call: 'call_1', leg: 'leg_1' } },
          timeoutSeconds: 8,
        },
      ],
      'https://line.example.org',
    );
    // Twilio's Dial on an empty queue waits for its whole timeout (30 s by default) before going on.
    expect(xml).toMatch(/<Dial [^>]*timeout="8"/);
    expect(xml).toMatch(
      /<Dial [^>]*hangupOnStar="true"[^>]*><Queue url="https:\/\/line\.example\.org\/webhooks\/twilio\/voice\/connected\?call=call_1" method="POST">kith-call_1<\/Queue><\/Dial>/,
    );
  });

  it('dials a follow-up from the community number, the number only inside <Number>', () => {
    const xml = renderTwiml(
      [
        {
          kind: 'dial',
          number: '+12025550199',
          callerId: '+12025550100',
          timeoutSeconds: 30,
          after: { name: 'followUpDialed', query: { followUp: 'fu_1' } },
        },
      ],
      'https://line.example.org',
    );
    expect(xml).toMatch(
      /<Dial callerId="\+12025550100" timeout="30" action="https:\/\/line\.example\.org\/webhooks\/twilio\/voice\/follow-up\/dialed\?followUp=fu_1" method="POST"><Number>\+12025550199<\/Number><\/Dial>/,
    );
  });

  it("writes byte for byte what fast-xml-parser's builder wrote, hostile text included", () => {
    const hostile = `Tom & "Jerry's" <line> ]]> \u0000\u0007\uD800 ok\u2028 \u{1F600} &amp; ${'x'.repeat(3)}`;
    const route = (name: VoiceRoute['name']): VoiceRoute => ({ name, query: { call: 'call_1', odd: hostile } });
    const say: VoiceStep = { kind: 'say', text: hostile, language: 'es-US', loop: 2 };
    const plan: VoiceStep[] = [
      say,
      { kind: 'say', text: '', language: 'en-US' },
      { kind: 'pause', seconds: 1 },
      { kind: 'gather', digits: 1, timeoutSeconds: 3, next: route('language'), prompts: [say, say] },
      { kind: 'redirect', to: route('language') },
      { kind: 'hold', queue: hostile, hold: route('hold'), exit: route('queueExit') },
      { kind: 'leave' },
      { kind: 'connect', queue: 'q', callerPrompt: route('connected'), after: route('legAfter'), timeoutSeconds: 8 },
      { kind: 'dial', number: '+12025550199', callerId: hostile, timeoutSeconds: 30, after: route('followUpDialed') },
      { kind: 'hangup' },
    ];
    const base = 'https://line.example.org';
    expect(renderTwiml(plan, base)).toBe(builderTwiml(plan, base));
    expect(renderTwiml([], base)).toBe(builderTwiml([], base));
  });
});

/** The renderer as it was, through fast-xml-parser's builder: the reference the direct one must match. */
function builderTwiml(steps: readonly VoiceStep[], publicUrl: string): string {
  type Node = { [tag: string]: Node[] | Record<string, string> } | { '#text': string };
  const builder = new XMLBuilder({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    suppressBooleanAttributes: false,
  });
  const el = (tag: string, attributes: Record<string, string>, children: Node[] = []): Node => {
    const attrs = Object.fromEntries(Object.entries(attributes).map(([k, v]) => [`@_${k}`, xmlSafe(v)]));
    return { [tag]: children, ':@': attrs } as Node;
  };
  const text = (value: string): Node => ({ '#text': xmlSafe(value) });
  const url = (target: VoiceRoute) => routeUrl(publicUrl, target);
  const node = (step: VoiceStep): Node => {
    switch (step.kind) {
      case 'say':
        return el('Say', { language: step.language, ...(step.loop ? { loop: String(step.loop) } : {}) }, [
          text(step.text),
        ]);
      case 'pause':
        return el('Pause', { length: String(step.seconds) });
      case 'gather':
        return el(
          'Gather',
          {
            input: 'dtmf',
            numDigits: String(step.digits),
            timeout: String(step.timeoutSeconds),
            action: url(step.next),
            method: 'POST',
          },
          step.prompts.map(node),
        );
      case 'redirect':
        return el('Redirect', { method: 'POST' }, [text(url(step.to))]);
      case 'hold':
        return el(
          'Enqueue',
          { action: url(step.exit), method: 'POST', waitUrl: url(step.hold), waitUrlMethod: 'POST' },
          [text(step.queue)],
        );
      case 'leave':
        return el('Leave', {});
      case 'connect':
        return el(
          'Dial',
          { action: url(step.after), method: 'POST', hangupOnStar: 'true', timeout: String(step.timeoutSeconds) },
          [el('Queue', { url: url(step.callerPrompt), method: 'POST' }, [text(step.queue)])],
        );
      case 'dial':
        return el(
          'Dial',
          { callerId: step.callerId, timeout: String(step.timeoutSeconds), action: url(step.after), method: 'POST' },
          [el('Number', {}, [text(step.number)])],
        );
      case 'hangup':
        return el('Hangup', {});
    }
  };
  return `<?xml version="1.0" encoding="UTF-8"?>${builder.build([el('Response', {}, steps.map(node))]) as string}`;
}
