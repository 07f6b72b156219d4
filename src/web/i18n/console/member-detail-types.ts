/**
 * The console's page for one member (issue 18): their people, their danger word, their check-ins
 * (set with their consent, stated on the form), and the code book's keys for a call. Never their
 * phone number, and never the danger word itself once saved.
 */
export interface MemberDetailText {
  /** A row's button: `{number}`. */
  manage: string;
  /** `{number}` */
  heading: string;
  close: string;
  peopleHeading: string;
  peopleHint: string;
  peopleMembers: string;
  peopleResponders: string;
  /** `{number}`, `{name}` (empty when they gave none). */
  memberOption: string;
  savePeople: string;
  peopleSaved: string;
  dangerHeading: string;
  dangerHint: string;
  dangerLabel: string;
  dangerIsSet: string;
  dangerNone: string;
  saveDanger: string;
  removeDanger: string;
  dangerSaved: string;
  dangerRemoved: string;
  checkInHeading: string;
  kindLegend: string;
  kindOnce: string;
  kindWatch: string;
  timeLabel: string;
  timeHint: string;
  daysLabel: string;
  /** The member's consent, stated: `{number}`. */
  consent: string;
  setCheckIn: string;
  /** `{told}`: the words the member was told (and texted, if they gave a phone). */
  checkInSet: string;
  checkInsHeading: string;
  /** `{time}` */
  checkInOnce: string;
  /** `{time}`, `{days}` */
  checkInWatch: string;
  noCheckIns: string;
  /** `{time}` */
  cancelCheckIn: string;
  checkInCancelled: string;
  /** The code book's column, and each input's name: `{meaning}`. */
  keysColumn: string;
  keysFor: string;
  errors: {
    peers: string;
    danger: string;
    time: string;
    days: string;
    consent: string;
    full: string;
    keys: string;
    general: string;
  };
}
