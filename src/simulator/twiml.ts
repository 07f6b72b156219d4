/**
 * Turns a TwiML document into a typed verb tree, so the executor never looks at raw XML.
 * Anything the simulator does not implement becomes an explicit `Unsupported` verb (the
 * executor records an error and hangs up, as a misconfigured provider account would fail
 * loudly), and malformed XML is reported rather than guessed at.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export type HttpMethod = 'GET' | 'POST';

export interface SayVerb {
  kind: 'Say';
  text: string;
  voice?: string;
  language?: string;
  loop: number;
}
export interface PlayVerb {
  kind: 'Play';
  url: string;
  loop: number;
}
export interface PauseVerb {
  kind: 'Pause';
  length: number;
}
export type MediaVerb = SayVerb | PlayVerb | PauseVerb;

export interface GatherVerb {
  kind: 'Gather';
  action?: string;
  method: HttpMethod;
  timeout: number;
  numDigits?: number;
  finishOnKey: string;
  /** False when `input` excludes dtmf: the simulated phones cannot speak, so such a Gather always times out. */
  acceptsDtmf: boolean;
  children: MediaVerb[];
}
export interface RedirectVerb {
  kind: 'Redirect';
  url: string;
  method: HttpMethod;
}
export interface HangupVerb {
  kind: 'Hangup';
}
export interface RejectVerb {
  kind: 'Reject';
  reason: 'rejected' | 'busy';
}
export interface LeaveVerb {
  kind: 'Leave';
}
export interface EnqueueVerb {
  kind: 'Enqueue';
  queue: string;
  action?: string;
  method: HttpMethod;
  waitUrl?: string;
  waitUrlMethod: HttpMethod;
}
export interface NumberNoun {
  kind: 'Number';
  number: string;
  url?: string;
  method: HttpMethod;
  statusCallback?: string;
  statusCallbackEvents: string[];
  statusCallbackMethod: HttpMethod;
}
export interface QueueNoun {
  kind: 'Queue';
  name: string;
  url?: string;
  method: HttpMethod;
}
export interface DialVerb {
  kind: 'Dial';
  action?: string;
  method: HttpMethod;
  timeout: number;
  callerId?: string;
  hangupOnStar: boolean;
  nouns: Array<NumberNoun | QueueNoun>;
}
export interface UnsupportedVerb {
  kind: 'Unsupported';
  name: string;
  reason: string;
}

export type Verb =
  | MediaVerb
  | GatherVerb
  | RedirectVerb
  | HangupVerb
  | RejectVerb
  | LeaveVerb
  | EnqueueVerb
  | DialVerb
  | UnsupportedVerb;

export type ParseResult = { ok: true; verbs: Verb[] } | { ok: false; error: string };

/** Twilio repeats `loop="0"` "indefinitely"; a finite stand-in keeps virtual runs bounded. */
export const LOOP_FOREVER = 1000;

/** fast-xml-parser's preserveOrder shape: one key naming the element, plus ':@' for attributes. */
type OrderedNode = Record<string, unknown>;
type Attrs = Record<string, string>;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseAttributeValue: false,
  parseTagValue: false,
  trimValues: true,
});

/**
 * Characters no XML 1.0 document may hold, even escaped (fast-xml-parser's validator lets them by);
 * Twilio fails such a document with 12100 and plays its own error.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const NOT_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|\p{Cs}/u;

export function parseTwiml(xml: string): ParseResult {
  if (xml.trim() === '') return { ok: false, error: 'empty TwiML document' };
  if (NOT_XML_CHAR.test(xml)) return { ok: false, error: 'malformed XML: a character XML 1.0 does not allow' };
  const valid = XMLValidator.validate(xml);
  if (valid !== true) return { ok: false, error: `malformed XML: ${valid.err.msg} (line ${valid.err.line})` };
  const nodes = asNodes(parser.parse(xml));
  const roots = nodes.filter((n) => !('?xml' in n) && !('#text' in n));
  const response = roots[0];
  if (roots.length !== 1 || response === undefined || nameOf(response) !== 'Response') {
    return { ok: false, error: 'the root element must be <Response>' };
  }
  const verbs = childElements(response).map(toVerb);
  return { ok: true, verbs };
}

function asNodes(value: unknown): OrderedNode[] {
  return Array.isArray(value) ? value.filter((v): v is OrderedNode => typeof v === 'object' && v !== null) : [];
}

function nameOf(node: OrderedNode): string {
  return Object.keys(node).find((k) => k !== ':@') ?? '';
}

function attrsOf(node: OrderedNode): Attrs {
  const raw = node[':@'];
  const out: Attrs = {};
  if (typeof raw === 'object' && raw !== null) {
    for (const [k, v] of Object.entries(raw)) if (typeof v === 'string') out[k] = v;
  }
  return out;
}

function childElements(node: OrderedNode): OrderedNode[] {
  return asNodes(node[nameOf(node)]).filter((c) => !('#text' in c));
}

/** All text inside an element, SSML children included, whitespace collapsed. */
function textOf(node: OrderedNode): string {
  const parts: string[] = [];
  for (const child of asNodes(node[nameOf(node)])) {
    if ('#text' in child) parts.push(String(child['#text']));
    else parts.push(textOf(child));
  }
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

function method(value: string | undefined): HttpMethod {
  return value?.toUpperCase() === 'GET' ? 'GET' : 'POST';
}

function num(value: string | undefined, fallback: number): number {
  if (value === undefined || value.trim() === '') return fallback;
  const n = Number(value);
  return Number.isFinite(n) && n >= 0 ? n : fallback;
}

function loopCount(value: string | undefined): number {
  const n = num(value, 1);
  return n === 0 ? LOOP_FOREVER : Math.floor(n);
}

function opt(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

function toMedia(node: OrderedNode): MediaVerb | UnsupportedVerb {
  const a = attrsOf(node);
  switch (nameOf(node)) {
    case 'Say': {
      const say: SayVerb = { kind: 'Say', text: textOf(node), loop: loopCount(a.loop) };
      if (a.voice !== undefined) say.voice = a.voice;
      if (a.language !== undefined) say.language = a.language;
      return say;
    }
    case 'Play':
      return { kind: 'Play', url: textOf(node), loop: loopCount(a.loop) };
    case 'Pause':
      return { kind: 'Pause', length: num(a.length, 1) };
    default:
      return { kind: 'Unsupported', name: nameOf(node), reason: 'not allowed here' };
  }
}

function toVerb(node: OrderedNode): Verb {
  const name = nameOf(node);
  const a = attrsOf(node);
  switch (name) {
    case 'Say':
    case 'Play':
    case 'Pause':
      return toMedia(node);
    case 'Gather': {
      const children: MediaVerb[] = [];
      for (const child of childElements(node)) {
        const media = toMedia(child);
        if (media.kind === 'Unsupported')
          return {
            kind: 'Unsupported',
            name: `Gather/${media.name}`,
            reason: 'only Say, Play and Pause may be nested in Gather',
          };
        children.push(media);
      }
      const gather: GatherVerb = {
        kind: 'Gather',
        method: method(a.method),
        timeout: num(a.timeout, 5),
        finishOnKey: a.finishOnKey ?? '#',
        acceptsDtmf: (a.input ?? 'dtmf').split(/\s+/).includes('dtmf'),
        children,
      };
      const action = opt(a.action);
      if (action !== undefined) gather.action = action;
      const digits = num(a.numDigits, 0);
      if (digits > 0) gather.numDigits = Math.floor(digits);
      return gather;
    }
    case 'Redirect':
      return { kind: 'Redirect', url: textOf(node), method: method(a.method) };
    case 'Hangup':
      return { kind: 'Hangup' };
    case 'Reject':
      return { kind: 'Reject', reason: a.reason === 'busy' ? 'busy' : 'rejected' };
    case 'Leave':
      return { kind: 'Leave' };
    case 'Enqueue': {
      const queue = textOf(node);
      if (queue === '') return { kind: 'Unsupported', name, reason: 'Enqueue needs a queue name' };
      const verb: EnqueueVerb = {
        kind: 'Enqueue',
        queue,
        method: method(a.method),
        waitUrlMethod: method(a.waitUrlMethod),
      };
      const action = opt(a.action);
      if (action !== undefined) verb.action = action;
      const waitUrl = opt(a.waitUrl);
      if (waitUrl !== undefined) verb.waitUrl = waitUrl;
      return verb;
    }
    case 'Dial':
      return toDial(node, a);
    default:
      return { kind: 'Unsupported', name, reason: 'verb not supported by the simulator' };
  }
}

function toDial(node: OrderedNode, a: Attrs): DialVerb | UnsupportedVerb {
  const nouns: Array<NumberNoun | QueueNoun> = [];
  for (const child of childElements(node)) {
    const n = attrsOf(child);
    const childName = nameOf(child);
    if (childName === 'Number') {
      const noun: NumberNoun = {
        kind: 'Number',
        number: textOf(child),
        method: method(n.method),
        statusCallbackEvents: (n.statusCallbackEvent ?? '').split(/[\s,]+/).filter((e) => e !== ''),
        statusCallbackMethod: method(n.statusCallbackMethod),
      };
      const url = opt(n.url);
      if (url !== undefined) noun.url = url;
      const cb = opt(n.statusCallback);
      if (cb !== undefined) noun.statusCallback = cb;
      nouns.push(noun);
    } else if (childName === 'Queue') {
      const noun: QueueNoun = { kind: 'Queue', name: textOf(child), method: method(n.method) };
      const url = opt(n.url);
      if (url !== undefined) noun.url = url;
      nouns.push(noun);
    } else {
      return { kind: 'Unsupported', name: `Dial/${childName}`, reason: 'Dial noun not supported by the simulator' };
    }
  }
  const bare = textOf(node);
  if (nouns.length === 0 && bare !== '') {
    nouns.push({
      kind: 'Number',
      number: bare,
      method: 'POST',
      statusCallbackEvents: [],
      statusCallbackMethod: 'POST',
    });
  }
  if (nouns.length === 0) return { kind: 'Unsupported', name: 'Dial', reason: 'Dial with nothing to dial' };
  if (nouns.some((n) => n.kind === 'Queue') && nouns.length > 1) {
    return { kind: 'Unsupported', name: 'Dial', reason: 'a Queue noun must be the only noun in Dial' };
  }
  // `record` and other attributes are deliberately ignored: the simulator does not record audio.
  const dial: DialVerb = {
    kind: 'Dial',
    method: method(a.method),
    timeout: num(a.timeout, 30),
    hangupOnStar: a.hangupOnStar === 'true',
    nouns,
  };
  const action = opt(a.action);
  if (action !== undefined) dial.action = action;
  const callerId = opt(a.callerId);
  if (callerId !== undefined) dial.callerId = callerId;
  return dial;
}
