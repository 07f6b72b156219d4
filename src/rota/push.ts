import webpush from 'web-push';
import type { Principal } from '../auth/principal';
import { invalid } from '../platform/errors';
import { newId } from '../platform/ids';
import type { RotaDeps } from './deps';
import * as repo from './repo';

/**
 * Web push with the `web-push` library (3.6: Node 16 and up): it encrypts the payload to the
 * browser's keys (aes128gcm, RFC 8291) and signs a VAPID header (RFC 8292) with the server's key pair
 * (src/crypto/server-keys.ts). It only builds the request; Kith sends it with fetch, so a slow push
 * service is cut off and a gone subscription (404, 410) is erased. A payload is a title, a body
 * and a console path: shift times and roles, never anything about a caller.
 */
export interface PushSubscriptionInput {
  endpoint: string;
  keys: { p256dh: string; auth: string };
}

export interface PushPayload {
  title: string;
  body: string;
  path: string;
}

const LOOPBACK = new Set(['127.0.0.1', '[::1]', 'localhost']);

function checkEndpoint(deps: RotaDeps, endpoint: string): void {
  let url: URL | undefined;
  try {
    url = new URL(endpoint);
  } catch {
    url = undefined;
  }
  const ok =
    url !== undefined &&
    (url.protocol === 'https:' || (deps.pushOverLoopback && url.protocol === 'http:' && LOOPBACK.has(url.hostname)));
  if (!ok) throw invalid([{ field: '/endpoint', message: 'must be an https address of a push service' }]);
}

/** This device (the session) gets push; a second subscription from it replaces the first. */
export async function subscribePush(
  deps: RotaDeps,
  principal: Principal,
  sessionHash: string,
  input: PushSubscriptionInput,
): Promise<void> {
  checkEndpoint(deps, input.endpoint);
  const id = newId('psh');
  await repo.savePush(deps.db, {
    id,
    programId: principal.programId,
    responderId: principal.responderId,
    sessionHash,
    sealed: deps.keys.seal(JSON.stringify(input), id),
    createdAt: deps.clock.now(),
  });
}

export async function unsubscribePush(deps: RotaDeps, sessionHash: string): Promise<void> {
  await repo.deletePush(deps.db, { sessionHash });
}

export function vapidPublicKey(deps: RotaDeps): string {
  return deps.keys.vapid.publicKey;
}

/** To every device of one responder; how many took it. */
export async function pushTo(deps: RotaDeps, responderId: string, payload: PushPayload): Promise<number> {
  const subject = deps.publicUrl.startsWith('https://') ? deps.publicUrl : 'mailto:kith@example.invalid';
  let delivered = 0;
  for (const row of await repo.pushesOf(deps.db, responderId)) {
    const subscription = JSON.parse(deps.keys.open(row.sealed, row.id)) as PushSubscriptionInput;
    try {
      checkEndpoint(deps, subscription.endpoint);
      const request = webpush.generateRequestDetails(subscription, JSON.stringify(payload), {
        vapidDetails: { subject, ...deps.keys.vapid },
        TTL: 60 * 60,
        urgency: 'high',
      });
      const response = await fetch(request.endpoint, {
        method: request.method,
        headers: request.headers as Record<string, string>,
        body: request.body,
        signal: AbortSignal.timeout(10_000),
      });
      if (response.status === 404 || response.status === 410) await repo.deletePush(deps.db, { id: row.id });
      else if (response.ok) delivered += 1;
      else deps.logger.warn({ status: response.status }, 'a push service refused a reminder');
    } catch (error) {
      deps.logger.warn({ err: { name: (error as Error).name } }, 'a push could not be sent');
    }
  }
  return delivered;
}
