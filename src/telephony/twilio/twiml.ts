import { xmlSafe } from '../../platform/text';
import type { VoiceRoute, VoiceStep } from '../plan';

/**
 * Renders a voice plan as TwiML (also valid SignalWire LaML). Caller-facing text comes from
 * coordinators and must never break the document: every value is escaped (see `escaped`).
 */
export const ROUTE_PATHS: Readonly<Record<VoiceRoute['name'], string>> = {
  language: '/webhooks/twilio/voice/language',
  hold: '/webhooks/twilio/voice/hold',
  queueExit: '/webhooks/twilio/voice/queue-exit',
  connected: '/webhooks/twilio/voice/connected',
  legAnswer: '/webhooks/twilio/voice/leg/answer',
  legChoice: '/webhooks/twilio/voice/leg/choice',
  legWait: '/webhooks/twilio/voice/leg/wait',
  legAfter: '/webhooks/twilio/voice/leg/after',
  legReport: '/webhooks/twilio/voice/leg/report',
  legStatus: '/webhooks/twilio/voice/leg/status',
  responderEnded: '/webhooks/twilio/voice/responder-ended',
  pagerAnswer: '/webhooks/twilio/voice/pager/answer',
  pagerStatus: '/webhooks/twilio/voice/pager/status',
  checkInAnswer: '/webhooks/twilio/voice/check-in/answer',
  checkInPressed: '/webhooks/twilio/voice/check-in/pressed',
  followUpAnswer: '/webhooks/twilio/voice/follow-up/answer',
  followUpStatus: '/webhooks/twilio/voice/follow-up/status',
  followUpDialed: '/webhooks/twilio/voice/follow-up/dialed',
  memberNumber: '/webhooks/twilio/voice/member/number',
  memberCode: '/webhooks/twilio/voice/member/code',
};

export function routeUrl(publicUrl: string, target: VoiceRoute): string {
  const query = new URLSearchParams(target.query).toString();
  return `${publicUrl}${ROUTE_PATHS[target.name]}${query ? `?${query}` : ''}`;
}

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

// Every value passes xmlSafe: a character XML cannot hold (even escaped) would make the whole
// document invalid, and the provider would play its own error instead of the greeting. Then the five
// characters markup uses are escaped, in text and attributes alike, as fast-xml-parser's builder did.
const escaped = (value: string): string => xmlSafe(value).replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);

// Written directly rather than through an XML builder: the whole document is a few elements, and
// building it was ~6% of an incoming call's CPU. The output is byte for byte what the builder made.
const el = (tag: string, attributes: Record<string, string>, children: readonly string[] = []): string => {
  let attrs = '';
  for (const [name, value] of Object.entries(attributes)) attrs += ` ${name}="${escaped(value)}"`;
  return `<${tag}${attrs}>${children.join('')}</${tag}>`;
};
const text = (value: string): string => escaped(value);

export function renderTwiml(steps: readonly VoiceStep[], publicUrl: string): string {
  const url = (target: VoiceRoute) => routeUrl(publicUrl, target);
  const node = (step: VoiceStep): string => {
    switch (step.kind) {
      case 'say':
        return el(
          'Say',
          {
            language: step.language,
            ...(step.voice ? { voice: step.voice } : {}),
            ...(step.loop ? { loop: String(step.loop) } : {}),
          },
          [text(step.text)],
        );
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
  return `<?xml version="1.0" encoding="UTF-8"?>${el('Response', {}, steps.map(node))}`;
}
