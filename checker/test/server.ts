/**
 * A static server on 127.0.0.1 for the checker's tests: the fixture pages and their scripts, the built banner
 * script, a page that never answers, a challenge that refuses automated browsers and a few link targets.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { fileURLToPath } from 'node:url';

const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
export const BUNDLE = fileURLToPath(new URL('../../dist/report-banner.js', import.meta.url));

export interface FixtureServer {
  origin: string;
  /** `METHOD path` of every request, in order. */
  requests: string[];
  close(): Promise<void>;
}

async function send(response: ServerResponse, file: string, type: string) {
  try {
    const body = await readFile(file);
    response.writeHead(200, { 'content-type': type }).end(body);
  } catch {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  }
}

export async function startServer(): Promise<FixtureServer> {
  const requests: string[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    requests.push(`${request.method} ${path}`);
    if (path === '/never') return; // holds the connection open without answering
    if (path === '/dist/report-banner.js') return void send(response, BUNDLE, 'text/javascript');
    // A challenge page that turns away browsers that say they are automated.
    if (path === '/challenge.html' && /Headless/i.test(`${request.headers['user-agent']} ${request.headers['sec-ch-ua'] ?? ''}`)) {
      return void response.writeHead(403, { 'content-type': 'text/plain' }).end('automated browsers are not allowed');
    }
    if (path === '/links/ok') return void response.writeHead(200).end();
    if (path === '/links/no-head') return void response.writeHead(request.method === 'HEAD' ? 405 : 200).end();
    if (/^\/[a-z-]+\.html$/.test(path)) return void send(response, `${FIXTURES}${path.slice(1)}`, 'text/html; charset=utf-8');
    if (/^\/[a-z-]+\.js$/.test(path)) return void send(response, `${FIXTURES}${path.slice(1)}`, 'text/javascript');
    response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
