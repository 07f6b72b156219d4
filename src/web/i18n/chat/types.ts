/**
 * Every word of the public web chat (`/chat`), one file per language. Plain language, short
 * sentences: the person reading this may be in crisis, on a small screen, in a hurry. `{name}`
 * placeholders are filled by `fill()`. Nothing here touches Node: the chat's script imports it too.
 */
export interface ChatText {
  title: string;
  /** `{program}`: the program's name. */
  heading: string;
  promisesHeading: string;
  neverPolice: string;
  whoReads: string;
  /** `{hours}`: the program's hours in words. */
  hours: string;
  /** `{kept}`: `keptFor` filled in. */
  kept: string;
  /** `{hours}`: a number. */
  keptFor: string;
  noAccount: string;
  /** Off hours, before anything else can be written: `{hours}`. */
  closedNow: string;
  noScriptHeading: string;
  noScript: string;
  /**
   * Shown by the script while the code that locks words on the device is still arriving (a slow
   * connection): sending then goes the no-JavaScript way, and the person is told so before they send.
   */
  lockNote: string;
  leave: string;
  leaveHint: string;
  threadHeading: string;
  you: string;
  team: string;
  cannotShow: string;
  messageLabel: string;
  messageHint: string;
  send: string;
  check: string;
  errorPrefix: string;
  client: ChatClientText;
}

/** What the chat's script needs after the page has loaded: states, errors, names in the thread. */
export interface ChatClientText {
  waiting: string;
  noAnswer: string;
  joined: string;
  closed: string;
  blocked: string;
  slowDown: string;
  busy: string;
  empty: string;
  /** `{max}`: characters. */
  tooLong: string;
  expired: string;
  /**
   * Under a flood a new chat costs a little work or wait (src/chat/opening.ts), said plainly as
   * "getting the line ready". `lineWait`: the page without JavaScript, `{seconds}` until it can send.
   */
  lineWait: string;
  /** The page's script while it does the work. */
  lineReadying: string;
  lineReady: string;
  /** Sent before the wait was over (`{seconds}` left), or with no valid ticket (`{seconds}` of a new one). */
  notYet: string;
  proofNeeded: string;
  failed: string;
  sending: string;
  sent: string;
  you: string;
  team: string;
  cannotShow: string;
  errorPrefix: string;
}

/** What the chat page hands its script: the words, and the language a new conversation opens in. */
export interface ChatPageData {
  lang: string;
  /** Under pressure: a proof-of-work challenge the script starts on at once (src/chat/proof.ts). */
  challenge?: string;
  maxChars: number;
  text: ChatClientText;
}

/** What `GET /chat/thread` answers (src/chat/view.ts `ChatView`), as the script reads it. */
export interface ChatThreadView {
  state: 'new' | 'waiting' | 'noAnswer' | 'joined' | 'closed' | 'blocked';
  openNow: boolean;
  personPublicKey: string | null;
  messages: { id: string; direction: 'in' | 'out'; at: number; record: ChatSealedRecord | null }[];
}

export interface ChatSealedRecord {
  v: 1;
  alg: 'xchacha20poly1305-ietf+x25519-sealedbox';
  recordId: string;
  nonce: string;
  ciphertext: string;
  keys: { keyId: string; sealedKey: string }[];
}
