import { connect, type Socket } from 'node:net';

/**
 * A deliberately lean HTTP/1.1 client for the load generator: keep-alive sockets, one request in
 * flight per socket, requests already serialised to bytes. Why not node:http? On this 2-core
 * machine its client costs more per request than the bare server does, so the bare server's
 * figure measured the generator (about 13,000 req/s with the generator at 99% of a core and the
 * server at 60%) — and the Kith/bare ratio flattered Kith several times over. This client gets
 * the bare server to a full core. It understands exactly what both servers send: a status line,
 * headers with Content-Length, a body; anything else counts as a failure.
 */
export type Outcome = 'ok' | 'unexpected' | 'failed';

const TIMEOUT_MS = 5_000;
const HEADER_END = Buffer.from('\r\n\r\n');
/** What a good answer to an incoming call contains: the caller is put on hold. */
const HOLD = Buffer.from('<Enqueue');

class Connection {
  private readonly socket: Socket;
  private buffer: Buffer | undefined;
  private settle: ((outcome: Outcome) => void) | undefined;
  closed = false;

  constructor(port: number, host: string, onClose: (connection: Connection) => void) {
    this.socket = connect({ port, host, noDelay: true });
    this.socket.setTimeout(TIMEOUT_MS, () => this.socket.destroy());
    this.socket.on('data', (chunk: Buffer) => this.receive(chunk));
    this.socket.on('error', () => undefined); // 'close' follows and settles the request
    this.socket.on('close', () => {
      this.closed = true;
      this.finish('failed');
      onClose(this);
    });
  }

  send(request: Buffer): Promise<Outcome> {
    return new Promise((resolve) => {
      this.settle = resolve;
      this.buffer = undefined;
      this.socket.write(request);
    });
  }

  destroy(): void {
    this.socket.destroy();
  }

  private receive(chunk: Buffer): void {
    const data = this.buffer ? Buffer.concat([this.buffer, chunk]) : chunk;
    const headerEnd = data.indexOf(HEADER_END);
    if (headerEnd < 0) return void (this.buffer = data);
    const head = data.toString('latin1', 0, headerEnd);
    const length = /\r\ncontent-length: *(\d+)/i.exec(head);
    if (!length) return void this.socket.destroy(); // chunked or unframed: not what either server sends
    const bodyStart = headerEnd + HEADER_END.length;
    if (data.length < bodyStart + Number(length[1])) return void (this.buffer = data);
    const status = head.slice(9, 12);
    this.finish(status === '200' && data.indexOf(HOLD, bodyStart) >= 0 ? 'ok' : 'unexpected');
  }

  private finish(outcome: Outcome): void {
    const settle = this.settle;
    this.settle = undefined;
    this.buffer = undefined;
    settle?.(outcome);
  }
}

/** Keep-alive connections to one server, opened as needed up to `maxSockets`; beyond that, requests wait. */
export class Pool {
  private readonly idle: Connection[] = [];
  private readonly waiting: { request: Buffer; resolve: (outcome: Outcome) => void }[] = [];
  private open = 0;
  private readonly port: number;
  private readonly host: string;

  constructor(
    url: string,
    private readonly maxSockets: number,
  ) {
    const parsed = new URL(url);
    this.port = Number(parsed.port);
    this.host = parsed.hostname;
  }

  send(request: Buffer): Promise<Outcome> {
    const connection = this.idle.pop() ?? (this.open < this.maxSockets ? this.connect() : undefined);
    if (!connection) return new Promise((resolve) => this.waiting.push({ request, resolve }));
    return this.run(connection, request);
  }

  close(): void {
    for (const connection of this.idle.splice(0)) connection.destroy();
  }

  private connect(): Connection {
    this.open++;
    return new Connection(this.port, this.host, (gone) => {
      this.open--;
      const at = this.idle.indexOf(gone);
      if (at >= 0) this.idle.splice(at, 1);
      this.drain();
    });
  }

  private async run(connection: Connection, request: Buffer): Promise<Outcome> {
    const outcome = await connection.send(request);
    if (!connection.closed) this.idle.push(connection);
    this.drain();
    return outcome;
  }

  /** Hands waiting requests to free (or new) connections. */
  private drain(): void {
    while (this.waiting.length > 0) {
      const connection = this.idle.pop() ?? (this.open < this.maxSockets ? this.connect() : undefined);
      if (!connection) return;
      const next = this.waiting.shift()!;
      void this.run(connection, next.request).then(next.resolve);
    }
  }
}
