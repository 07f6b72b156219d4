/**
 * Messaging TwiML: what the app answers to an inbound-text webhook. Only <Message> is meaningful
 * there (its text, or a <Body> child, and <Media> children); anything else is reported, never
 * guessed at, so a reply the real provider would reject fails the scenario loudly.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export interface MessageVerb {
  body: string;
  /** Defaults to the sender of the inbound text. */
  to?: string;
  /** Defaults to the number that was texted. */
  from?: string;
  statusCallback?: string;
  mediaUrls: string[];
}

export type MessagingParse =
  { ok: true; messages: MessageVerb[]; unsupported: string[] } | { ok: false; error: string };

type Node = Record<string, unknown>;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseAttributeValue: false,
  parseTagValue: false,
  // Not trimmed: a reply's own spacing is part of what the person reads; only the edges are trimmed below.
  trimValues: false,
});

const nodes = (value: unknown): Node[] =>
  Array.isArray(value) ? value.filter((v): v is Node => typeof v === 'object' && v !== null) : [];
const nameOf = (node: Node): string => Object.keys(node).find((k) => k !== ':@') ?? '';
const children = (node: Node): Node[] => nodes(node[nameOf(node)]);
const elements = (node: Node): Node[] => children(node).filter((c) => !('#text' in c));

function attr(node: Node, name: string): string | undefined {
  const raw = node[':@'];
  if (typeof raw !== 'object' || raw === null) return undefined;
  const value = (raw as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : undefined;
}

function text(node: Node): string {
  return children(node)
    .map((c) => ('#text' in c ? String(c['#text']) : ''))
    .join('');
}

/**
 * Characters no XML 1.0 document may hold, even escaped (fast-xml-parser's validator lets them by);
 * Twilio fails such a document with 12100 and plays its own error.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const NOT_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|\p{Cs}/u;

export function parseMessagingTwiml(xml: string): MessagingParse {
  // An empty 200 answer is how many apps say "no reply"; the provider accepts it.
  if (xml.trim() === '') return { ok: true, messages: [], unsupported: [] };
  if (NOT_XML_CHAR.test(xml)) return { ok: false, error: 'malformed XML: a character XML 1.0 does not allow' };
  const valid = XMLValidator.validate(xml);
  if (valid !== true) return { ok: false, error: `malformed XML: ${valid.err.msg} (line ${valid.err.line})` };
  const roots = nodes(parser.parse(xml)).filter((n) => !('?xml' in n) && !('#text' in n));
  const response = roots[0];
  if (roots.length !== 1 || response === undefined || nameOf(response) !== 'Response')
    return { ok: false, error: 'the root element must be <Response>' };
  const messages: MessageVerb[] = [];
  const unsupported: string[] = [];
  for (const el of elements(response)) {
    if (nameOf(el) !== 'Message') {
      unsupported.push(nameOf(el));
      continue;
    }
    let body = text(el);
    const mediaUrls: string[] = [];
    for (const child of elements(el)) {
      if (nameOf(child) === 'Body') body += text(child);
      else if (nameOf(child) === 'Media') mediaUrls.push(text(child).trim());
    }
    const verb: MessageVerb = { body: body.trim(), mediaUrls };
    const to = attr(el, 'to');
    const from = attr(el, 'from');
    const statusCallback = attr(el, 'statusCallback') ?? attr(el, 'action');
    if (to !== undefined) verb.to = to;
    if (from !== undefined) verb.from = from;
    if (statusCallback !== undefined) verb.statusCallback = statusCallback;
    messages.push(verb);
  }
  return { ok: true, messages, unsupported };
}
