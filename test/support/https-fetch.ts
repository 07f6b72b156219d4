import { request } from 'node:https';

/** The shape of `fetch` the test clients use: a URL and plain options. Global `fetch` is one. */
export type Fetcher = (url: string, init?: RequestInit) => Promise<Response>;

/**
 * A `fetch` over HTTPS that trusts one extra certificate authority (Caddy's internal root, in the
 * deploy tests) for its own requests only — verification stays on, and nothing global changes.
 * Redirects are not followed; the body must be a string or absent.
 */
export function fetchTrusting(ca: string): Fetcher {
  return (url, init = {}) =>
    new Promise<Response>((resolve, reject) => {
      if (init.body !== undefined && init.body !== null && typeof init.body !== 'string')
        throw new Error('fetchTrusting sends string bodies only');
      const headers: Record<string, string> = {};
      new Headers(init.headers).forEach((value, name) => {
        headers[name] = value;
      });
      const body = init.body ?? undefined;
      if (body !== undefined) headers['content-length'] = String(Buffer.byteLength(body));
      const outgoing = request(url, { method: init.method ?? 'GET', headers, ca }, (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.on('error', reject);
        incoming.on('end', () => {
          const answer = new Headers();
          for (let i = 0; i + 1 < incoming.rawHeaders.length; i += 2) {
            const [name, value] = [incoming.rawHeaders[i], incoming.rawHeaders[i + 1]];
            if (name !== undefined && value !== undefined) answer.append(name, value);
          }
          const status = incoming.statusCode ?? 0;
          const empty = status === 204 || status === 304 || init.method === 'HEAD';
          resolve(new Response(empty ? null : Buffer.concat(chunks), { status, headers: answer }));
        });
      });
      outgoing.on('error', reject);
      outgoing.end(body);
    });
}
