import { request, type IncomingHttpHeaders } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  /** The body as it crossed the wire (fetch would have decoded it). */
  wire: Buffer;
  /** The body after undoing its Content-Encoding. */
  decoded: Buffer;
}

/**
 * One request with node:http, which neither asks for nor undoes compression on its own, so a test
 * sees exactly which coding the server chose. `stopAfterHeaders` ends an endless stream (SSE).
 */
export function rawRequest(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string; stopAfterHeaders?: boolean } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: options.method ?? 'GET', headers: options.headers ?? {} }, (response) => {
      const done = (wire: Buffer) => {
        const coding = response.headers['content-encoding'];
        const decoded = coding === 'br' ? brotliDecompressSync(wire) : coding === 'gzip' ? gunzipSync(wire) : wire;
        resolve({ status: response.statusCode ?? 0, headers: response.headers, wire, decoded });
      };
      if (options.stopAfterHeaders) {
        response.destroy();
        return done(Buffer.alloc(0));
      }
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', reject);
      response.on('end', () => done(Buffer.concat(chunks)));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

/** Posts a form as a browser with JavaScript off does (the plan and briefing pages' forms). */
export function postForm(url: string, form: Record<string, string>): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form).toString(),
  });
}
