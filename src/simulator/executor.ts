/**
 * Runs TwiML on a leg the way the provider does: fetch a document, execute its verbs one by
 * one in virtual time, and hand Enqueue/Dial/Leave to the queue and dial modules. Every verb
 * runs as its own scheduled event, so a hang-up or a REST redirect can cut in between any two.
 */
import type { FetchOutcome, Params } from './app-client';
import { describeFailure } from './app-client';
import type { SimContext } from './context';
import type { Leg, Program, ProgramMode } from './legs';
import { isFinal, wasAnswered } from './legs';
import type { GatherVerb, HttpMethod, MediaVerb, Verb } from './twiml';
import { parseTwiml } from './twiml';

export const APPLICATION_ERROR = 'An application error has occurred';
const SECONDS_PER_WORD = 0.4;
const PLAY_SECONDS = 5;
/** The provider gives the app 15 s before treating a request as failed. */
const PROVIDER_TIMEOUT_SECONDS = 15;

const ALLOWED: Record<ProgramMode, ReadonlySet<Verb['kind']>> = {
  main: new Set(['Say', 'Play', 'Pause', 'Gather', 'Redirect', 'Hangup', 'Reject', 'Enqueue', 'Dial']),
  wait: new Set(['Say', 'Play', 'Pause', 'Gather', 'Redirect', 'Leave', 'Hangup']),
  screen: new Set(['Say', 'Play', 'Pause', 'Gather', 'Redirect', 'Hangup']),
  announce: new Set(['Say', 'Play', 'Pause', 'Redirect']),
};

export interface OwnedNumber {
  voiceUrl: string;
  fallbackUrl?: string;
}

export class Executor {
  constructor(private readonly ctx: SimContext) {}

  /** Inbound call: voice URL first; on failure the fallback URL (with ErrorCode/ErrorUrl); else the error message. */
  startInbound(leg: Leg, owned: OwnedNumber): void {
    this.load(leg, owned.voiceUrl, 'POST', {}, 'main', (code) => {
      if (owned.fallbackUrl === undefined) return this.applicationError(leg);
      this.load(leg, owned.fallbackUrl, 'POST', { ErrorCode: code, ErrorUrl: owned.voiceUrl }, 'main');
    });
  }

  /** A REST-created leg was answered: run its Url (or inline Twiml). */
  startOutbound(leg: Leg): void {
    const target = leg.outbound;
    if (target?.twiml !== undefined) this.runDocument(leg, target.twiml, `${this.ctx.publicBaseUrl}/`, 'main');
    else if (target?.url !== undefined) this.load(leg, target.url, target.method, {}, 'main');
  }

  /** Request a document for the leg and run it in `mode`. `onFailure` gets Twilio's error code. */
  load(
    leg: Leg,
    url: string,
    method: HttpMethod,
    extra: Params,
    mode: ProgramMode,
    onFailure?: (code: string) => void,
  ): void {
    const guard = this.ctx.life.guard(leg);
    this.ctx.scheduler.at(
      this.ctx.now(),
      `fetch ${mode} document`,
      async () => {
        const outcome = await this.ctx.app.request(url, method, { ...this.ctx.legs.baseParams(leg), ...extra });
        if (!guard()) return; // hung up or redirected while the app was thinking
        const fail = onFailure ?? (() => this.applicationError(leg));
        if (outcome.kind !== 'ok') {
          this.ctx.error(
            outcome.kind === 'timeout' ? 'timeout' : outcome.kind === 'http-error' ? 'http-status' : 'fetch-failed',
            `${describeFailure(outcome)} from ${url}`,
            leg,
            url,
          );
          this.afterFailure(leg, outcome, () => fail(outcome.kind === 'http-error' ? '11200' : '11205'));
          return;
        }
        this.runDocument(leg, outcome.body, url, mode, () => fail('12100'));
      },
      guard,
    );
  }

  runDocument(leg: Leg, xml: string, docUrl: string, mode: ProgramMode, onParseFailure?: () => void): void {
    const parsed = parseTwiml(xml);
    if (!parsed.ok) {
      this.ctx.error('bad-twiml', `${parsed.error} (document ${docUrl})`, leg, docUrl);
      (onParseFailure ?? (() => this.applicationError(leg)))();
      return;
    }
    leg.program = { mode, docUrl, verbs: parsed.verbs, index: 0, loopDone: 0, startedAt: this.ctx.now() };
    this.scheduleStep(leg);
  }

  /** What the provider does when the app fails: apologise and hang up. */
  applicationError(leg: Leg): void {
    if (isFinal(leg)) return;
    this.ctx.life.interrupt(leg);
    this.ctx.life.answer(leg);
    const seconds = this.say(leg, APPLICATION_ERROR);
    this.ctx.scheduler.after(
      seconds,
      'hang up after error',
      () => this.ctx.life.end(leg, 'completed'),
      this.ctx.life.guard(leg),
    );
  }

  scheduleStep(leg: Leg, afterSeconds = 0): void {
    this.ctx.scheduler.after(afterSeconds, 'next verb', () => this.step(leg), this.ctx.life.guard(leg));
  }

  /** POST to an action URL for a leg that has already ended: the provider informs, and ignores the reply. */
  notify(leg: Leg, url: string, method: HttpMethod, extra: Params): void {
    const params = { ...this.ctx.legs.baseParams(leg), ...extra };
    this.ctx.scheduler.at(this.ctx.now(), 'notify action', async () => {
      const outcome = await this.ctx.app.request(url, method, params);
      if (outcome.kind !== 'ok')
        this.ctx.error(
          outcome.kind === 'http-error' ? 'http-status' : 'fetch-failed',
          `${describeFailure(outcome)} from ${url}`,
          leg,
          url,
        );
    });
  }

  private afterFailure(leg: Leg, outcome: FetchOutcome, then: () => void): void {
    const delay = outcome.kind === 'timeout' ? PROVIDER_TIMEOUT_SECONDS : 0;
    this.ctx.scheduler.after(delay, 'after failed request', then, this.ctx.life.guard(leg));
  }

  private step(leg: Leg): void {
    const prog = leg.program;
    if (prog === undefined) return;
    if (prog.gather !== undefined) return this.stepGather(leg, prog);
    const verb = prog.verbs[prog.index];
    if (verb === undefined) return this.endOfDocument(leg, prog);
    const refusal =
      verb.kind === 'Unsupported'
        ? `<${verb.name}>: ${verb.reason}`
        : ALLOWED[prog.mode].has(verb.kind)
          ? undefined
          : `<${verb.kind}> is not allowed in a ${prog.mode} document`;
    if (refusal !== undefined) {
      this.ctx.error('unsupported-verb', `${refusal} (document ${prog.docUrl})`, leg, prog.docUrl);
      this.ctx.life.answer(leg);
      return this.ctx.life.end(leg, 'completed');
    }
    // Any verb but Reject answers an inbound call.
    if (verb.kind !== 'Reject') this.ctx.life.answer(leg);
    switch (verb.kind) {
      case 'Say':
      case 'Play':
      case 'Pause': {
        const seconds = this.play(leg, verb);
        prog.loopDone++;
        if (prog.loopDone >= loops(verb)) {
          prog.index++;
          prog.loopDone = 0;
        }
        return this.scheduleStep(leg, seconds);
      }
      case 'Gather':
        prog.index++;
        prog.gather = { verb, childIndex: 0, loopDone: 0 };
        return this.stepGather(leg, prog);
      case 'Redirect':
        prog.index++;
        return this.load(leg, this.ctx.app.resolve(verb.url, prog.docUrl), verb.method, {}, prog.mode);
      case 'Hangup':
        return this.ctx.life.end(leg, 'completed');
      case 'Reject':
        return this.ctx.life.end(leg, wasAnswered(leg) ? 'completed' : verb.reason === 'busy' ? 'busy' : 'no-answer');
      case 'Leave':
        return this.ctx.queues.leave(leg);
      case 'Enqueue':
        prog.index++;
        return this.ctx.queues.enqueue(leg, verb, prog);
      case 'Dial':
        prog.index++;
        return this.ctx.dial.start(leg, verb, prog);
    }
  }

  private endOfDocument(leg: Leg, prog: Program): void {
    switch (prog.mode) {
      case 'main':
        this.ctx.life.answer(leg);
        return this.ctx.life.end(leg, 'completed');
      case 'wait':
        return this.ctx.queues.waitDocumentEnded(leg);
      case 'screen':
        return this.ctx.dial.screenEnded(leg);
      case 'announce':
        return this.ctx.dial.announceEnded(leg);
    }
  }

  /** Gather: its nested prompts play first, then the provider waits for digits. */
  private stepGather(leg: Leg, prog: Program): void {
    const g = prog.gather;
    if (g === undefined) return;
    const child = g.verb.children[g.childIndex];
    if (child === undefined) {
      delete prog.gather;
      return this.awaitDigits(leg, prog, g.verb);
    }
    const seconds = this.play(leg, child);
    g.loopDone++;
    if (g.loopDone >= loops(child)) {
      g.childIndex++;
      g.loopDone = 0;
    }
    this.scheduleStep(leg, seconds);
  }

  private awaitDigits(leg: Leg, prog: Program, verb: GatherVerb): void {
    const wait = { program: prog, verb };
    leg.awaitingInput = wait;
    const typed = verb.acceptsDtmf ? this.ctx.phones.digitsFor(leg) : '';
    const guard = this.ctx.life.guard(leg);
    const stillWaiting = (): boolean => guard() && leg.awaitingInput === wait;
    // The person starts typing a second after the prompts end; silence lasts the whole timeout.
    if (typed !== '') this.ctx.scheduler.after(1, 'digits typed', () => this.typed(leg, typed), stillWaiting);
    else this.ctx.scheduler.after(verb.timeout, 'gather timeout', () => this.gatherDone(leg, '', ''), stillWaiting);
  }

  /** Digits arrive at a waiting Gather (from a script or a live `press`). */
  typed(leg: Leg, typed: string): void {
    const wait = leg.awaitingInput;
    if (wait === undefined) return;
    leg.pressed.push(typed);
    this.ctx.life.note(leg, `pressed:${typed}`);
    const { numDigits, finishOnKey, timeout } = wait.verb;
    let digits = '';
    for (const ch of typed) {
      if (finishOnKey !== '' && finishOnKey.includes(ch)) return this.gatherDone(leg, digits, ch);
      digits += ch;
      if (numDigits !== undefined && digits.length >= numDigits) return this.gatherDone(leg, digits, '');
    }
    // Neither numDigits nor finishOnKey ended the input: the provider waits out the timeout.
    const guard = this.ctx.life.guard(leg);
    this.ctx.scheduler.after(
      timeout,
      'gather inter-digit timeout',
      () => this.gatherDone(leg, digits, ''),
      () => guard() && leg.awaitingInput === wait,
    );
  }

  private gatherDone(leg: Leg, digits: string, finishedOnKey: string): void {
    const wait = leg.awaitingInput;
    if (wait === undefined) return;
    delete leg.awaitingInput;
    const prog = wait.program;
    if (digits === '') {
      // No input: carry on with the verb after the Gather.
      leg.program = prog;
      return this.scheduleStep(leg);
    }
    const action = this.ctx.app.resolve(wait.verb.action ?? prog.docUrl, prog.docUrl);
    this.load(leg, action, wait.verb.method, { Digits: digits, FinishedOnKey: finishedOnKey }, prog.mode);
  }

  /** Plays one repetition of a media verb; returns its virtual duration in seconds. */
  private play(leg: Leg, verb: MediaVerb): number {
    switch (verb.kind) {
      case 'Say':
        return this.say(leg, verb.text, verb.language, verb.voice);
      case 'Play':
        this.ctx.life.note(leg, `played:${verb.url}`);
        return PLAY_SECONDS;
      case 'Pause':
        return verb.length;
    }
  }

  private say(leg: Leg, text: string, language?: string, voice?: string): number {
    leg.heard.push({
      at: this.ctx.now(),
      text,
      ...(language === undefined ? {} : { language }),
      ...(voice === undefined ? {} : { voice }),
    });
    this.ctx.narrator.line(`${this.ctx.narrator.who(leg)} hears: "${text}"`);
    const words = text.split(/\s+/).filter((w) => w !== '').length;
    return Math.max(1, words) * SECONDS_PER_WORD;
  }
}

function loops(verb: MediaVerb): number {
  return verb.kind === 'Pause' ? 1 : Math.max(1, verb.loop);
}
