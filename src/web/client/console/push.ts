/**
 * Push reminders on this device: ask to show notices, subscribe through the service worker with the
 * server's VAPID key, and hand the subscription to the server for this sign-in. Each way it can fail
 * is named, so the view can say plainly what this browser cannot do.
 */
import { api } from './api';

export type PushOutcome = 'on' | 'noWorker' | 'noPush' | 'denied' | 'failed';

/** The service worker, once active; undefined if there is none within a few seconds. */
async function activeWorker(): Promise<ServiceWorkerRegistration | undefined> {
  if (!('serviceWorker' in navigator)) return undefined;
  const timeout = new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), 10_000));
  return Promise.race([navigator.serviceWorker.ready, timeout]);
}

function bytesOf(base64url: string): Uint8Array<ArrayBuffer> {
  const text = atob(base64url.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(new ArrayBuffer(text.length));
  for (let i = 0; i < text.length; i += 1) bytes[i] = text.charCodeAt(i);
  return bytes;
}

export async function pushHere(vapidPublicKey: string): Promise<PushOutcome> {
  if (!('serviceWorker' in navigator)) return 'noWorker';
  if (!('PushManager' in window) || !('Notification' in window)) return 'noPush';
  const permission = await Notification.requestPermission();
  if (permission !== 'granted') return 'denied';
  const registration = await activeWorker();
  if (!registration) return 'noWorker';
  try {
    const subscription = await registration.pushManager.subscribe({
      userVisibleOnly: true,
      applicationServerKey: bytesOf(vapidPublicKey),
    });
    const { endpoint, keys } = subscription.toJSON();
    if (!endpoint || !keys?.p256dh || !keys.auth) return 'failed';
    await api('PUT', '/api/me/push', { endpoint, keys: { p256dh: keys.p256dh, auth: keys.auth } });
    return 'on';
  } catch {
    return 'failed';
  }
}

/** Stops push here: the browser's subscription goes, and the server forgets this sign-in's. */
export async function stopPushHere(): Promise<void> {
  const registration = 'serviceWorker' in navigator ? await navigator.serviceWorker.getRegistration('/') : undefined;
  const subscription = await registration?.pushManager.getSubscription();
  await subscription?.unsubscribe().catch(() => false);
  await api('DELETE', '/api/me/push');
}
