/**
 * The address checks of outbound fetches: every hop's URL and every address its hostname resolves
 * to. The lookup runs inside the connection, so the address checked is the address connected to.
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import type http from 'node:http';
import { isIP } from 'node:net';
import { IngestError } from './failure.js';

/** Returns why an address is refused, or null to allow it. */
export type AddressRule = (address: string) => string | null;

export function refusal(host: string, address: string, reason: string): IngestError {
  const shown = host === address ? address : `${host} (${address})`;
  return new IngestError(`refused to fetch ${shown}: ${reason} address (allowPrivate permits it)`);
}

/** A `lookup` for http.request that resolves every address and refuses the whole host if any is blocked. */
export function checkedLookup(rule: AddressRule): NonNullable<http.RequestOptions['lookup']> {
  return ((hostname: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    dnsLookup(hostname, { all: true }, (err, addresses: LookupAddress[]) => {
      if (err) return callback(new IngestError(`cannot resolve ${hostname} (${err.code ?? err.message})`));
      for (const { address } of addresses) {
        const reason = rule(address);
        if (reason) return callback(refusal(hostname, address, reason));
      }
      if (options.all) return callback(null, addresses);
      const first = addresses[0];
      return first
        ? callback(null, first.address, first.family)
        : callback(new IngestError(`no address for ${hostname}`));
    });
  }) as NonNullable<http.RequestOptions['lookup']>;
}

/** Parses and checks one hop's URL; IP literals are checked here because Node skips lookup for them. */
export function checkedUrl(raw: string, rule: AddressRule): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new IngestError(`not a valid URL: ${raw}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new IngestError(`only http and https URLs are fetched, not ${url.protocol}`);
  }
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const reason = isIP(host) ? rule(host) : null;
  if (reason) throw refusal(host, host, reason);
  return url;
}
