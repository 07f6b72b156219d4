import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

export interface VisitWeight {
  readonly requests: number;
  /** Response bodies as they crossed the wire (compressed where the server compressed them). */
  readonly bodyBytes: number;
  /** Response header bytes, which compression does not touch. */
  readonly headerBytes: number;
  /** Each URL and the body bytes it cost, for the curious. */
  readonly items: readonly { readonly path: string; readonly bytes: number; readonly coding: string }[];
}

interface Fetched {
  readonly body: Buffer;
  readonly decoded: string;
  readonly coding: string;
  readonly headerBytes: number;
  readonly setCookies: readonly string[];
}

/**
 * A first visit without a browser: the page, then everything it references (scripts, styles, the
 * manifest and icon), every module those scripts import — statically or later with `import()`, such
 * as the crypto chunk a page loads when someone starts typing — and the `also` requests its script
 * makes on its own. Cookies set on the way are sent back, as a browser would. Bodies are counted as
 * received, without decoding.
 */
export async function firstVisit(
  base: string,
  page: string,
  acceptEncoding: string | undefined,
  also: readonly string[] = [],
  /** A module the page fetches only on some later act (the console's other languages): not counted. */
  skip: (text: string) => boolean = () => false,
): Promise<VisitWeight> {
  const jar = new Map<string, string>();
  const seen = new Set<string>();
  const items: { path: string; bytes: number; coding: string }[] = [];
  let headerBytes = 0;
  const visit = async (path: string): Promise<void> => {
    if (seen.has(path)) return;
    seen.add(path);
    const fetched = await get(base, path, acceptEncoding, jar);
    if (skip(fetched.decoded)) return;
    headerBytes += fetched.headerBytes;
    items.push({ path, bytes: fetched.body.length, coding: fetched.coding });
    for (const cookie of fetched.setCookies) {
      const [pair] = cookie.split(';', 1);
      const [name, value] = (pair ?? '').split('=', 2);
      if (name && value !== undefined) jar.set(name.trim(), value);
    }
    for (const next of references(path, fetched.decoded)) await visit(next);
  };
  await visit(page);
  for (const path of also) await visit(path);
  return { requests: items.length, bodyBytes: items.reduce((sum, item) => sum + item.bytes, 0), headerBytes, items };
}

/** Same-origin paths an HTML page or a module refers to. */
function references(path: string, text: string): string[] {
  if (path.endsWith('.js')) {
    const imports = [...text.matchAll(/(?:from|import)\s*\(?\s*"(\.\/[^"]+\.js)"/g)].map(
      (m) => new URL(m[1]!, `http://x${path}`).pathname,
    );
    return [...new Set(imports)];
  }
  if (!/^\s*<!doctype html>/i.test(text)) return [];
  const tags = [...text.matchAll(/<(?:script|link)\b[^>]*?\b(?:src|href)="(\/[^"]*)"/g)].map((m) =>
    m[1]!.replace(/&amp;/g, '&'),
  );
  return [...new Set(tags)];
}

function get(
  base: string,
  path: string,
  acceptEncoding: string | undefined,
  jar: ReadonlyMap<string, string>,
): Promise<Fetched> {
  const cookie = [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
  const headers: Record<string, string> = {
    ...(acceptEncoding ? { 'accept-encoding': acceptEncoding } : {}),
    ...(cookie ? { cookie } : {}),
  };
  return new Promise((resolve, reject) => {
    const req = request(new URL(path, base), { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', reject);
      response.on('end', () => {
        if ((response.statusCode ?? 0) >= 400) return reject(new Error(`GET ${path} answered ${response.statusCode}`));
        const body = Buffer.concat(chunks);
        const coding = response.headers['content-encoding'] ?? 'identity';
        const decoded = (
          coding === 'br' ? brotliDecompressSync(body) : coding === 'gzip' ? gunzipSync(body) : body
        ).toString('utf8');
        // Status line + each header line + the blank line, as HTTP/1.1 puts them on the wire.
        const raw = response.rawHeaders;
        let bytes = `HTTP/1.1 ${response.statusCode} ${response.statusMessage}\r\n\r\n`.length;
        for (let i = 0; i < raw.length; i += 2) bytes += `${raw[i]}: ${raw[i + 1]}\r\n`.length;
        const setCookies = response.headers['set-cookie'] ?? [];
        resolve({ body, decoded, coding, headerBytes: bytes, setCookies });
      });
    });
    req.on('error', reject);
    req.end();
  });
}
