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
  /** Shown by the script, which listens for the key: Escape twice does what "Leave now" does. */
  leaveKey: string;
  /** Without JavaScript, while a chat is open: the page reloads itself every `{seconds}`. */
  autoRefresh: string;
  /** The link that turns the reload off (WCAG 2.2.1: a person can stop a timed change). */
  stopRefresh: string;
  /** Without JavaScript, when the page does not reload itself. */
  pressCheck: string;
  /** Without JavaScript, a browser that sent no cookie back: the page carries the chat itself. */
  noCookiesForm: string;
  /** `{number}`: the line's number. Said wherever something does not work as usual. */
  otherWays: string;
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
  /** The script, when the browser sends no cookie back: the page carries the chat itself. */
  noCookies: string;
  /** The script, when the browser has no WebAssembly: the page falls back to the form the server seals. */
  noWasm: string;
  /** No WebAssembly: a reply came that only the server can open for this page. */
  newReply: string;
  /** Announced (politely) when a reply arrives: `{words}`. */
  teamWrote: string;
  /** After one press of Escape. */
  escapeAgain: string;
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
  /** `otherWays` filled with the line's number, or '' where the program has none yet. */
  otherWays: string;
  maxChars: number;
  text: ChatClientText;
}

/** What `GET /chat/thread` answers (src/chat/view.ts `ChatView`), as the script reads it. */
export interface ChatThreadView {
  state: 'new' | 'waiting' | 'noAnswer' | 'joined' | 'closed' | 'blocked';
  openNow: boolean;
  personPublicKey: string | null;
  messages: { id: string; direction: 'in' | 'out'; at: number; record: ChatSealedRecord | null }[];
  /** The browser sent the session's cookie back (otherwise the page is carrying it). */
  cookieKept: boolean;
}

export interface ChatSealedRecord {
  v: 1;
  alg: 'xchacha20poly1305-ietf+x25519-sealedbox';
  recordId: string;
  nonce: string;
  ciphertext: string;
  keys: { keyId: string; sealedKey: string }[];
}
