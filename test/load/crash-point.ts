import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A loopback pass-through in front of the simulator's REST API, so the test can choose the instant
 * of the crash. Kith deletes the provider's copy of an inbound text (REST DELETE …/Messages/{Sid})
 * after the text is committed and before it answers the webhook, so a SIGKILL at that request lands
 * in the window that matters most: stored, but the provider never heard so and will retry.
 * `onDelete` returns true to swallow the request (the caller kills Kith; nobody reads an answer).
 */
export class CrashPoint {
  private server: Server | undefined;

  constructor(
    private readonly upstream: string,
    private readonly onDelete: (messageSid: string) => boolean,
  ) {}

  async start(): Promise<string> {
    const server = createServer((request, response) => void this.forward(request, response));
    this.server = server;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  private async forward(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = request.url ?? '/';
    const deleted =
      request.method === 'DELETE' ? /\/Messages\/([A-Z]{2}[0-9a-f]{32})\.json$/.exec(path)?.[1] : undefined;
    if (deleted !== undefined && this.onDelete(deleted)) return; // left hanging: the process that asked is being killed
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(request.headers)) {
      if (typeof value === 'string' && name !== 'host' && name !== 'connection' && name !== 'content-length')
        headers[name] = value;
    }
    try {
      const upstream = await fetch(`${this.upstream}${path}`, {
        method: request.method ?? 'GET',
        headers,
        ...(chunks.length > 0 ? { body: Buffer.concat(chunks) } : {}),
      });
      const body = Buffer.from(await upstream.arrayBuffer());
      const type = upstream.headers.get('content-type');
      response.writeHead(upstream.status, type ? { 'content-type': type } : {});
      response.end(body);
    } catch {
      response.destroy();
    }
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
