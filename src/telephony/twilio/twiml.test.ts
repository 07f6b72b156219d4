import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { say } from '../plan';
import { renderTwiml } from './twiml';

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

  it('names the voice where the language needs one (Arabic), and none where the default speaks it', () => {
    const xml = renderTwiml(
      [
        say('مرحبا', { language: 'arb', voice: 'Polly.Zeina' }),
        say('Hola', { language: 'es-US' }),
        say('Hi', 'en-US', 2),
      ],
      'https://line.example.org',
    );
    expect(xml).toContain('<Say language="arb" voice="Polly.Zeina">مرحبا</Say>');
    expect(xml).toContain('<Say language="es-US">Hola</Say>');
    expect(xml).toContain('<Say language="en-US" loop="2">Hi</Say>');
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
});
