import { XMLBuilder } from 'fast-xml-parser';
import { xmlSafe } from '../../platform/text';
import type { VoiceRoute, VoiceStep } from '../plan';

/**
 * Renders a voice plan as TwiML (also valid SignalWire LaML). fast-xml-parser does the XML
 * escaping — caller-facing text comes from coordinators and must never break the document.
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
};

export function routeUrl(publicUrl: string, target: VoiceRoute): string {
  const query = new URLSearchParams(target.query).toString();
  return `${publicUrl}${ROUTE_PATHS[target.name]}${query ? `?${query}` : ''}`;
}

/** fast-xml-parser's ordered form: verbs run in sequence, which plain object keys cannot promise. */
type Node = { [tag: string]: Node[] | Record<string, string> } | { '#text': string };

const builder = new XMLBuilder({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  suppressBooleanAttributes: false,
});

// Every value passes xmlSafe: a character XML cannot hold (even escaped) would make the whole
// document invalid, and the provider would play its own error instead of the greeting.
const el = (tag: string, attributes: Record<string, string>, children: Node[] = []): Node => {
  const attrs = Object.fromEntries(Object.entries(attributes).map(([k, v]) => [`@_${k}`, xmlSafe(v)]));
  return { [tag]: children, ':@': attrs } as Node;
};
const text = (value: string): Node => ({ '#text': xmlSafe(value) });

export function renderTwiml(steps: readonly VoiceStep[], publicUrl: string): string {
  const url = (target: VoiceRoute) => routeUrl(publicUrl, target);
  const node = (step: VoiceStep): Node => {
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
  return `<?xml version="1.0" encoding="UTF-8"?>${builder.build([el('Response', {}, steps.map(node))]) as string}`;
}
