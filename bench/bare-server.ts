import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { READY_PREFIX } from './ready';

/**
 * The yardstick: a bare Node `http` server answering every request with one fixed TwiML document
 * (the one Kith answered the check request with, passed in BENCH_TWIML, so both send the same
 * bytes back). It reads the whole body — as any real handler must — and nothing else.
 */
const twiml = Buffer.from(
  process.env.BENCH_TWIML ?? '<?xml version="1.0" encoding="UTF-8"?><Response><Hangup/></Response>',
);

const server = createServer((request, response) => {
  request.resume();
  request.on('end', () => {
    response.writeHead(200, { 'content-type': 'text/xml; charset=utf-8', 'content-length': twiml.length });
    response.end(twiml);
  });
});
// Fastify keeps idle connections 72 s; match it so neither server drops the generator's sockets between phases.
server.keepAliveTimeout = 72_000;
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  process.stdout.write(`${READY_PREFIX}http://127.0.0.1:${port}\n`);
});
process.stdin.on('end', () => {
  server.close(() => process.exit(0));
  server.closeAllConnections();
});
process.stdin.resume();
