/** Why someone asks for time away: a category they may give, never free text (nobody owes the team their story). */
export const AWAY_REASONS = ['rest', 'health', 'family', 'travel', 'other'] as const;
export type AwayReason = (typeof AWAY_REASONS)[number];
