/**
 * The console's "My calendar and reminders" view (issue 17): a private calendar link shown once, the
 * coordinator's rota link, when and how a reminder comes before a shift, and push on this device.
 */
export interface CalendarText {
  /** The view's title, and the link to it from Home. */
  title: string;
  intro: string;
  mine: FeedText;
  /** Coordinators only: the whole rota, with teammates' names. */
  rota: FeedText;
  linkLabel: string;
  copy: string;
  copied: string;
  copyFailed: string;
  /** `{time}`: when the link now on was made. */
  isOn: string;
  isOff: string;
  make: string;
  replace: string;
  turnOff: string;
  made: string;
  turnedOff: string;
  remindHeading: string;
  whenLegend: string;
  /** One per lead time the server allows, in minutes. */
  leads: Record<'15' | '30' | '60' | '120' | '240' | '720', string>;
  evening: string;
  eveningAt: { label: string; hint: string };
  howLegend: string;
  bySms: string;
  byPush: string;
  save: string;
  saved: string;
  deviceHeading: string;
  deviceOn: string;
  deviceOff: string;
  remindHere: string;
  stopHere: string;
  hereOn: string;
  hereOff: string;
  /** Said plainly when the browser cannot do it, and what to do instead. */
  cannot: { noWorker: string; noPush: string; denied: string; failed: string };
}

export interface FeedText {
  heading: string;
  /** Who can see what with the link: keep it private. */
  warning: string;
}
