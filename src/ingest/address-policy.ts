/**
 * Which addresses an outbound fetch may reach. Anything that is not the public internet is refused
 * by default, so a URL handed to Vigil cannot be used to probe the host or its network (SSRF).
 */
import { BlockList, isIP } from 'node:net';

/** Refused ranges, each with the word a failure message uses. */
const REFUSED_RANGES: { id: string; network: string; prefix: number; family: 'ipv4' | 'ipv6' }[] = [
  { id: 'this-network', network: '0.0.0.0', prefix: 8, family: 'ipv4' },
  { id: 'private', network: '10.0.0.0', prefix: 8, family: 'ipv4' },
  { id: 'carrier-grade-nat', network: '100.64.0.0', prefix: 10, family: 'ipv4' },
  { id: 'loopback', network: '127.0.0.0', prefix: 8, family: 'ipv4' },
  { id: 'link-local', network: '169.254.0.0', prefix: 16, family: 'ipv4' },
  { id: 'private', network: '172.16.0.0', prefix: 12, family: 'ipv4' },
  { id: 'ietf-protocol', network: '192.0.0.0', prefix: 24, family: 'ipv4' },
  { id: 'private', network: '192.168.0.0', prefix: 16, family: 'ipv4' },
  { id: 'benchmarking', network: '198.18.0.0', prefix: 15, family: 'ipv4' },
  { id: 'multicast', network: '224.0.0.0', prefix: 4, family: 'ipv4' },
  { id: 'reserved', network: '240.0.0.0', prefix: 4, family: 'ipv4' },
  { id: 'unspecified', network: '::', prefix: 128, family: 'ipv6' },
  { id: 'loopback', network: '::1', prefix: 128, family: 'ipv6' },
  { id: 'unique-local', network: 'fc00::', prefix: 7, family: 'ipv6' },
  { id: 'link-local', network: 'fe80::', prefix: 10, family: 'ipv6' },
  { id: 'site-local', network: 'fec0::', prefix: 10, family: 'ipv6' },
  { id: 'multicast', network: 'ff00::', prefix: 8, family: 'ipv6' },
];

const RANGES = REFUSED_RANGES.map((range) => {
  const list = new BlockList();
  list.addSubnet(range.network, range.prefix, range.family);
  return { ...range, list };
});

/**
 * The IPv4 address an IPv6 address stands for, when it embeds one: IPv4-mapped (::ffff:a.b.c.d),
 * IPv4-compatible (::a.b.c.d) and NAT64 (64:ff9b::a.b.c.d). Node prints these in hex
 * (::ffff:7f00:1), so both spellings are handled.
 */
export function embeddedIpv4(address: string): string | null {
  const match = /^(?:::ffff:(?:0:)?|::|64:ff9b::)([0-9a-f.:]+)$/i.exec(address);
  if (!match) return null;
  const tail = match[1]!;
  if (isIP(tail) === 4) return tail;
  const hex = /^([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(tail);
  if (!hex) return null;
  const high = Number.parseInt(hex[1]!, 16);
  const low = Number.parseInt(hex[2]!, 16);
  return [high >> 8, high & 255, low >> 8, low & 255].join('.');
}

/**
 * Why `address` must not be fetched, or null when it is a public address.
 * @example refusalReason('10.1.2.3') // 'private'
 * @example refusalReason('::ffff:127.0.0.1') // 'loopback'
 * @example refusalReason('93.184.216.34') // null
 */
export function refusalReason(address: string): string | null {
  const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const family = isIP(bare);
  if (family === 0) return 'not an IP address';
  if (family === 6) {
    const v4 = embeddedIpv4(bare);
    if (v4) return refusalReason(v4);
  }
  const type = family === 4 ? 'ipv4' : 'ipv6';
  return RANGES.find((range) => range.family === type && range.list.check(bare, type))?.id ?? null;
}
