/**
 * What Kith hands out once — an invite link, an API token — as the server answers with them. No
 * imports: the console and the setup page import these types too.
 */

/**
 * An invite link as every caller shows it. `onlyOnThisMachine`: Kith's public address is a
 * loopback one (the try-out), so the link opens on the server's own machine and nowhere else —
 * a teammate's phone cannot reach it — and `notice` says so, and what to change.
 */
export interface IssuedInvite {
  inviteUrl: string;
  expiresAt: number;
  onlyOnThisMachine: boolean;
  notice?: string;
}

/** An API token as issued: the secret itself is shown this once. */
export interface IssuedApiToken {
  tokenId: string;
  token: string;
}
