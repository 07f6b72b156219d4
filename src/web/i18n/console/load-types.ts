/**
 * Load (issue 17): each person's month on the line, in counts and hours only. A responder sees their
 * own; a coordinator also sees the team's, as a table with bars, to spread the load.
 */
export interface LoadText {
  /** The coordinators' navigation link. */
  nav: string;
  title: string;
  heading: string;
  /** `{zone}`: the line's time zone, where months begin and end. */
  intro: string;
  previous: string;
  next: string;
  thisMonth: string;
  mineHeading: string;
  teamHeading: string;
  teamIntro: string;
  /** The table's caption. `{month}` */
  caption: string;
  name: string;
  hours: string;
  calls: string;
  texts: string;
  field: string;
  /** `{hours}` */
  hoursValue: string;
  none: string;
  /** The link on Home to this view. */
  homeLink: string;
}
