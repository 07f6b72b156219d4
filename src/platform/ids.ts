import { randomBytes } from 'node:crypto';

/** Random, unguessable identifiers with a short type prefix so logs and the API read clearly. */
export function newId(prefix: string): string {
  return `${prefix}_${randomBytes(12).toString('base64url')}`;
}

/** A secret token meant to be shown once and stored only as a hash. */
export function newSecretToken(prefix: string): string {
  return `${prefix}_${randomBytes(24).toString('base64url')}`;
}
