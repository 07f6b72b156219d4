/**
 * The shift-start briefing in the console (issue 17): Home shows the emergency plan first, with
 * "I have read it", when the responder must read it before being rung; Settings sets how often it
 * is read again and shows who has read which version (names and version numbers only).
 */
export interface BriefingText {
  home: {
    heading: string;
    /** On call now and not yet read: they are not being rung. */
    dueOnCall: string;
    /** Off shift: they will be asked at the start of their next shift. */
    dueNext: string;
    /** `{version}`, `{time}`. */
    version: string;
    read: string;
    /** Said after "I have read it". */
    done: string;
    /** The plan changed while they were reading. */
    changed: string;
  };
  settings: {
    everyShifts: { label: string; hint: string; error: string };
    acksHeading: string;
    /** `{version}`, `{time}`. */
    current: string;
    /** No plan written yet. */
    noPlan: string;
    /** In the version column: they have read the current one. */
    readCurrent: string;
    /** `{version}`: an older one. */
    readOld: string;
    never: string;
  };
}
