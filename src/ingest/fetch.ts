/**
 * Outbound HTTP for ingest, safe to point at URLs from untrusted reports: only http(s), every
 * address a hostname resolves to must be public (checked at connect time, so DNS cannot answer
 * differently between the check and the connection), redirects followed by hand with each hop
 * checked, a byte cap and one deadline for the whole exchange.
 */
import http from 'node:http';
import https from 'node:https';
import { pipeline } from 'node:stream';
import zlib from 'node:zlib';
import { refusalReason } from './address-policy.js';
import { IngestError } from './failure.js';
import { type AddressRule, checkedLookup, checkedUrl } from './fetch-guard.js';

export interface IngestOptions {
  /** permit loopback, private and link-local addresses (tests, intranet sources). */
  allowPrivate?: boolean;
  /** deadline for the whole fetch, redirects included; default 20 000 ms. */
  timeoutMs?: number;
  /** largest body accepted, after decompression; default 20 MB. */
  maxBytes?: number;
  userAgent?: string;
}

/** Internal: a stricter address rule than the default (tests use it to refuse one loopback address). */
export interface FetchOptions extends IngestOptions {
  refuseAddress?: (address: string) => string | null;
}

export interface FetchedBody {
  body: Buffer;
  contentType: string;
  finalUrl: string;
}

export const FETCH_DEFAULTS = { timeoutMs: 20_000, maxBytes: 20 * 1024 * 1024, maxRedirects: 5 };
const DEFAULT_USER_AGENT = 'Vigil/0.1 (+open-source OSINT workbench)';

function addressRule(opts: FetchOptions): AddressRule {
  if (opts.refuseAddress) return opts.refuseAddress;
  return opts.allowPrivate ? () => null : refusalReason;
}

interface Exchange {
  status: number;
  statusText: string;
  headers: http.IncomingHttpHeaders;
  body: Buffer | null;
}

function connectionError(err: NodeJS.ErrnoException, url: URL): IngestError {
  if (err instanceof IngestError) return err;
  const reasons: Record<string, string> = {
    ECONNREFUSED: 'connection refused',
    ECONNRESET: 'connection reset',
    EHOSTUNREACH: 'host unreachable',
    ENETUNREACH: 'network unreachable',
    ETIMEDOUT: 'connection timed out',
  };
  return new IngestError(`${url.host}: ${reasons[err.code ?? ''] ?? err.message}`);
}

function decoded(response: http.IncomingMessage): NodeJS.ReadableStream {
  const encoding = String(response.headers['content-encoding'] ?? '').toLowerCase();
  const decoder =
    encoding === 'gzip' || encoding === 'x-gzip'
      ? zlib.createGunzip()
      : encoding === 'deflate'
        ? zlib.createInflate()
        : encoding === 'br'
          ? zlib.createBrotliDecompress()
          : null;
  if (!decoder) return response;
  return pipeline(response, decoder, () => {});
}

/** One request; the body is read (up to the cap) unless the response is a redirect. */
function exchange(url: URL, opts: FetchOptions, rule: AddressRule, deadline: number): Promise<Exchange> {
  const maxBytes = opts.maxBytes ?? FETCH_DEFAULTS.maxBytes;
  const timeoutMs = opts.timeoutMs ?? FETCH_DEFAULTS.timeoutMs;
  return new Promise((resolve, reject) => {
    const client = url.protocol === 'https:' ? https : http;
    const request = client.request(url, {
      method: 'GET',
      lookup: checkedLookup(rule),
      agent: false, // no pooled sockets: each hop connects (and is checked) anew, and none keeps the process alive
      headers: {
        'user-agent': opts.userAgent ?? DEFAULT_USER_AGENT,
        accept:
          'text/html,application/xhtml+xml,application/pdf,application/rss+xml,application/atom+xml,text/*;q=0.8,*/*;q=0.5',
        'accept-encoding': 'gzip, deflate, br',
      },
    });
    const timer = setTimeout(
      () => request.destroy(new IngestError(`timed out after ${timeoutMs / 1000} s fetching ${url.href}`)),
      Math.max(deadline - Date.now(), 0),
    );
    const fail = (err: Error) => {
      clearTimeout(timer);
      reject(connectionError(err, url));
    };
    request.on('error', fail);
    request.on('response', (response) => {
      const status = response.statusCode ?? 0;
      const done = (body: Buffer | null) => {
        clearTimeout(timer);
        resolve({ status, statusText: response.statusMessage ?? '', headers: response.headers, body });
      };
      if ((status >= 300 && status < 400) || status >= 400) {
        response.resume();
        return done(null);
      }
      if (Number(response.headers['content-length'] ?? 0) > maxBytes) {
        request.destroy(new IngestError(`response larger than the ${maxBytes}-byte limit`));
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      const stream = decoded(response);
      stream.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > maxBytes) request.destroy(new IngestError(`response larger than the ${maxBytes}-byte limit`));
        else chunks.push(chunk);
      });
      stream.on('error', (err) => request.destroy(err));
      stream.on('end', () => done(Buffer.concat(chunks)));
    });
    request.end();
  });
}

/**
 * Fetches a URL under the safety rules above.
 * @example const { body, contentType, finalUrl } = await fetchUrl('https://example.org/report', {});
 */
export async function fetchUrl(url: string, opts: FetchOptions = {}): Promise<FetchedBody> {
  const rule = addressRule(opts);
  const deadline = Date.now() + (opts.timeoutMs ?? FETCH_DEFAULTS.timeoutMs);
  let current = checkedUrl(url, rule);
  for (let hop = 0; ; hop++) {
    const response = await exchange(current, opts, rule, deadline);
    if (response.status >= 300 && response.status < 400) {
      const location = response.headers.location;
      if (!location) throw new IngestError(`HTTP ${response.status} redirect without a Location from ${current.href}`);
      if (hop >= FETCH_DEFAULTS.maxRedirects) {
        throw new IngestError(`too many redirects (more than ${FETCH_DEFAULTS.maxRedirects}) from ${url}`);
      }
      current = checkedUrl(new URL(location, current).href, rule);
      continue;
    }
    if (response.status < 200 || response.status >= 300 || !response.body) {
      throw new IngestError(`HTTP ${response.status} ${response.statusText}`.trim());
    }
    return { body: response.body, contentType: String(response.headers['content-type'] ?? ''), finalUrl: current.href };
  }
}
