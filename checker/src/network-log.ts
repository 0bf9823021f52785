/**
 * The network log of one page load as HAR 1.2: every request the page made, its answer's status,
 * headers and timing, redirects and failures. Bodies are left out (their size is kept): the
 * archive (MHTML) holds what was shown, the log what was asked for and from where.
 */
import type { HTTPRequest, Page } from 'puppeteer-core';

interface HarHeader {
  name: string;
  value: string;
}

export interface HarEntry {
  startedDateTime: string;
  time: number;
  request: { method: string; url: string; httpVersion: string; headers: HarHeader[]; queryString: HarHeader[]; cookies: []; headersSize: -1; bodySize: number };
  response: {
    status: number;
    statusText: string;
    httpVersion: string;
    headers: HarHeader[];
    cookies: [];
    content: { size: number; mimeType: string };
    redirectURL: string;
    headersSize: -1;
    bodySize: number;
    _error?: string;
  };
  cache: Record<string, never>;
  timings: { send: number; wait: number; receive: number };
  serverIPAddress?: string;
  _resourceType: string;
  _fromCache?: boolean;
}

export interface Har {
  log: { version: '1.2'; creator: { name: string; version: string }; browser: { name: string; version: string }; pages: unknown[]; entries: HarEntry[] };
}

const headers = (record: Record<string, string>): HarHeader[] =>
  Object.entries(record).flatMap(([name, value]) => value.split('\n').map((line) => ({ name, value: line })));

function queryOf(url: string): HarHeader[] {
  try {
    return [...new URL(url).searchParams].map(([name, value]) => ({ name, value }));
  } catch {
    return [];
  }
}

/** Starts recording at once (before the first navigation); `har()` gives what was seen so far, in request order. */
export function recordNetwork(page: Page): { har(creator: { name: string; version: string }, browser: string): Har } {
  const started = new Map<HTTPRequest, { at: number; wall: string }>();
  const entries = new Map<HTTPRequest, HarEntry>();
  const order: HTTPRequest[] = [];
  page.on('request', (request) => {
    started.set(request, { at: Date.now(), wall: new Date().toISOString() });
    order.push(request);
  });
  const finish = (request: HTTPRequest, error?: string) => {
    const start = started.get(request) ?? { at: Date.now(), wall: new Date().toISOString() };
    const response = request.response();
    const length = Number(response?.headers()['content-length'] ?? -1);
    const time = Date.now() - start.at;
    const post = request.postData();
    const entry: HarEntry = {
      startedDateTime: start.wall,
      time,
      request: {
        method: request.method(),
        url: request.url(),
        httpVersion: 'HTTP/1.1',
        headers: headers(request.headers()),
        queryString: queryOf(request.url()),
        cookies: [],
        headersSize: -1,
        bodySize: post ? Buffer.byteLength(post) : 0,
      },
      response: {
        status: response?.status() ?? 0,
        statusText: response?.statusText() ?? '',
        httpVersion: 'HTTP/1.1',
        headers: headers(response?.headers() ?? {}),
        cookies: [],
        content: { size: Number.isFinite(length) ? length : -1, mimeType: response?.headers()['content-type'] ?? '' },
        redirectURL: response?.headers().location ?? '',
        headersSize: -1,
        bodySize: Number.isFinite(length) ? length : -1,
        ...(error ? { _error: error } : {}),
      },
      cache: {},
      timings: { send: 0, wait: time, receive: 0 },
      _resourceType: request.resourceType(),
    };
    const address = response?.remoteAddress();
    if (address?.ip) entry.serverIPAddress = address.ip;
    if (response?.fromCache()) entry._fromCache = true;
    entries.set(request, entry);
  };
  page.on('requestfinished', (request) => finish(request));
  page.on('requestfailed', (request) => finish(request, request.failure()?.errorText ?? 'failed'));
  return {
    har: (creator, browser) => ({
      log: {
        version: '1.2',
        creator,
        browser: { name: 'Chromium', version: browser },
        pages: [],
        // Requests still open when the capture ended are logged as such (status 0).
        entries: order.map((request) => entries.get(request) ?? (finish(request, 'still open when captured'), entries.get(request)!)),
      },
    }),
  };
}
