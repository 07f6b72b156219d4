/**
 * Swaps and time away (issue 17): on Home, shifts I could take and "Offer this shift" on mine; the
 * "Swaps and time away" view, where anyone asks for time away and coordinators say yes or no.
 */
export interface SwapsText {
  /** The navigation item and the view's title. */
  nav: string;
  home: {
    heading: string;
    toTakeHeading: string;
    toTakeNone: string;
    /** `{name}` offers it; `{when}` the stretch. */
    offeredBy: string;
    take: string;
    taken: string;
    takenPending: string;
    gone: string;
    cannotTake: string;
    offer: string;
    offerHint: string;
    offerFrom: string;
    offerTo: string;
    offerSend: string;
    cancel: string;
    /** `{count}` teammates told. */
    offered: string;
    partError: string;
    mineHeading: string;
    open: string;
    /** `{name}` took it and a coordinator decides. */
    pendingBy: string;
    withdraw: string;
    withdrawn: string;
    awayLink: string;
  };
  away: {
    heading: string;
    intro: string;
    from: string;
    to: string;
    timesHint: string;
    reasonLegend: string;
    reasonHint: string;
    reasons: Record<'none' | 'rest' | 'health' | 'family' | 'travel' | 'other', string>;
    send: string;
    sentPending: string;
    sentApproved: string;
    error: string;
    mineHeading: string;
    mineNone: string;
    states: Record<'pending' | 'approved' | 'declined' | 'withdrawn', string>;
    withdraw: string;
    withdrawn: string;
  };
  pending: {
    heading: string;
    none: string;
    /** `{taker}`, `{giver}`, `{role}`. */
    offerLine: string;
    /** `{name}`. */
    awayLine: string;
    /** `{reason}`. */
    reason: string;
    gaps: string;
    noGaps: string;
    approve: string;
    decline: string;
    approved: string;
    declined: string;
    gone: string;
  };
  /** Settings, beside rest and cool-down: whether swaps and time away wait for a coordinator. */
  settings: {
    swapsNeedApproval: { label: string; hint: string };
    awayNeedsApproval: { label: string; hint: string };
  };
}
