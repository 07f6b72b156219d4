/**
 * The Messages resource of the REST API (create, fetch, delete), with the provider's validation
 * and error codes, so Kith's real REST client can be pointed at the simulator unchanged. Error
 * messages never repeat a number or a body: the simulator records 400s as app errors, and those
 * reach the demo's narration.
 */
import type { Messaging, OutboundInit } from './messaging';
import { messageJson } from './messaging';

export interface RestAnswer {
  status: number;
  /** Undefined for 204 No Content. */
  json?: Record<string, unknown>;
}

const E164 = /^\+[1-9]\d{1,14}$/;
const SERVICE_SID = /^MG[0-9a-fA-F]{32}$/;
const MAX_BODY_CHARS = 1600;

function error(status: number, code: number, message: string): RestAnswer {
  return { status, json: { code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status } };
}

/**
 * SignalWire's REST error shape (`errors[]` with a type, a code, a message and the attribute), as its
 * REST API documents it. Whether its LaML Create Message answers an undocumented parameter this way,
 * ignores it, or fails otherwise, its documentation does not say; this is the strict case.
 */
function signalWireInvalid(attribute: string): RestAnswer {
  return {
    status: 422,
    json: {
      errors: [
        { type: 'validation_error', code: 'invalid_parameter', message: 'is not a permitted parameter', attribute },
      ],
    },
  };
}

export class MessagesRest {
  constructor(
    private readonly messaging: Messaging,
    private readonly accountSid: string,
    private readonly isOwned: (number: string) => boolean,
    private readonly ownedNumbers: () => string[],
    private readonly now: () => number,
    private readonly deleteRefusedForSeconds = 0,
    /** The account has Message Redaction (see `SimulatorOptions.messageRedaction`). */
    private readonly messageRedaction = true,
    /** Whose Create Message this plays (see `SimulatorOptions.provider`). */
    private readonly provider: 'twilio' | 'signalwire' = 'twilio',
  ) {}

  /** `rest` is the path after `/Accounts/{AccountSid}/Messages`: `.json` or `/{Sid}.json`. Undefined = not ours. */
  handle(method: string, rest: string, form: URLSearchParams): RestAnswer | undefined {
    if (rest === '.json' && method === 'POST') return this.create(form);
    const sid = /^\/([A-Za-z0-9]+)\.json$/.exec(rest)?.[1];
    if (sid === undefined || (method !== 'GET' && method !== 'DELETE')) return undefined;
    const record = this.messaging.get(sid);
    if (record === undefined) return undefined;
    if (method === 'GET') return { status: 200, json: messageJson(record, this.accountSid, this.now()) };
    // Still on its way to the carrier. Twilio documents no list of deletable statuses, only 20009 for a
    // message it is still processing ("wait several minutes"); `sent` is where a text stays for good when
    // the carrier sends no delivery receipt, so it is deletable here.
    const processing =
      record.status === 'queued' ||
      record.status === 'sending' ||
      this.now() - record.createdAt < this.deleteRefusedForSeconds * 1000;
    // Twilio's HTTP status for 20009 is not documented where we could check; 409 is our assumption.
    if (processing) return error(409, 20009, 'Cannot delete this resource before it is complete.');
    this.messaging.delete(sid);
    return { status: 204 };
  }

  private create(form: URLSearchParams): RestAnswer {
    const to = form.get('To')?.trim() ?? '';
    let from = form.get('From')?.trim() ?? '';
    const service = form.get('MessagingServiceSid')?.trim() ?? '';
    const body = form.get('Body') ?? '';
    const mediaUrls = form.getAll('MediaUrl').filter((u) => u.trim() !== '');
    const statusCallback = form.get('StatusCallback')?.trim() ?? '';
    if (to === '') return error(400, 21604, "A 'To' phone number is required.");
    if (!E164.test(to)) return error(400, 21211, "The 'To' number is not a valid phone number.");
    if (from === '' && service === '') return error(400, 21603, "A 'From' phone number is required.");
    if (service !== '' && !SERVICE_SID.test(service)) return error(400, 21701, 'The Messaging Service Sid is invalid.');
    // The simulated Messaging Service's sender pool is every owned number; it sends from the first.
    if (from === '') from = this.ownedNumbers()[0] ?? '';
    if (!this.isOwned(from))
      return error(
        400,
        21606,
        "The 'From' phone number provided is not a valid message-capable phone number for this destination.",
      );
    if (body === '' && mediaUrls.length === 0) return error(400, 21602, 'Message body is required.');
    if ([...body].length > MAX_BODY_CHARS)
      return error(400, 21617, 'The concatenated message body exceeds the 1600 character limit.');
    if (statusCallback !== '' && !/^https?:\/\//i.test(statusCallback))
      return error(400, 21609, 'The StatusCallback URL is not a valid URL.');
    const content = form.get('ContentRetention');
    const address = form.get('AddressRetention');
    const undocumented = ['ContentRetention', 'AddressRetention'].find((name) => form.has(name));
    if (this.provider === 'signalwire' && undocumented !== undefined) return signalWireInvalid(undocumented);
    // Twilio's 30029/30030: a value it does not know, or a privacy override on an account without Message Redaction.
    if (content !== null && !(content === 'retain' || (content === 'discard' && this.messageRedaction)))
      return error(400, 30029, 'Invalid ContentRetention.');
    if (address !== null && !(address === 'retain' || (address === 'obfuscate' && this.messageRedaction)))
      return error(400, 30030, 'Invalid AddressRetention.');
    const init: OutboundInit = { direction: 'outbound-api', from, to, body, numMedia: mediaUrls.length };
    if (content !== null) init.contentRetention = content;
    if (address !== null) init.addressRetention = address;
    if (statusCallback !== '') init.statusCallback = statusCallback;
    if (service !== '') init.messagingServiceSid = service;
    return { status: 201, json: messageJson(this.messaging.send(init), this.accountSid, this.now()) };
  }
}
