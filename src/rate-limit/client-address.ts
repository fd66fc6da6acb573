import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';

/**
 * The client address a request's rate limit is keyed by.
 *
 * With `trustedProxies` = n, each of the n proxies appended the address it received the request
 * from, so the client is the n-th entry from the right of X-Forwarded-For; entries further left
 * are the client's own claims and may be forged. Without trusted proxies, or when that entry is
 * not an address, the socket's peer is used.
 *
 * IPv6 addresses are reduced to their /64 network: one subscriber usually holds a whole /64,
 * so keying by single addresses would give one client 2^64 allowances.
 */
export function clientAddress(req: IncomingMessage, trustedProxies: number): string {
  const peer = normalizeAddress(req.socket.remoteAddress ?? '') ?? 'unknown';
  if (trustedProxies === 0) return rateLimitKeyOf(peer);
  const header = req.headers['x-forwarded-for'];
  const entries = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  if (entries.length === 0) return rateLimitKeyOf(peer);
  const forwarded = normalizeAddress(entries[Math.max(0, entries.length - trustedProxies)]);
  return rateLimitKeyOf(forwarded ?? peer);
}

/** An address without port, brackets, zone or IPv4-mapped prefix; null when it is not an IP address. */
export function normalizeAddress(raw: string): string | null {
  let address = raw.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed) address = bracketed[1];
  const v4WithPort = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(address);
  if (v4WithPort) address = v4WithPort[1];
  address = address.replace(/%.*$/, '').toLowerCase();
  if (/^::ffff:\d{1,3}(\.\d{1,3}){3}$/.test(address)) address = address.slice('::ffff:'.length);
  return isIP(address) === 0 ? null : address;
}

function rateLimitKeyOf(address: string): string {
  return isIP(address) === 6 ? `${ipv6Network64(address)}/64` : address;
}

/** The first four groups of an IPv6 address, written in full (`2001:db8:0:0`). */
function ipv6Network64(address: string): string {
  const [head, tail] = address.includes('::') ? address.split('::') : [address, null];
  const headGroups = head === '' ? [] : head.split(':');
  const tailGroups = tail === null || tail === '' ? [] : tail.split(':');
  // An embedded IPv4 address (::1.2.3.4) fills the last two groups; it never reaches the first four.
  const tailLength = tailGroups.reduce((length, group) => length + (group.includes('.') ? 2 : 1), 0);
  const zeros = tail === null ? [] : Array<string>(8 - headGroups.length - tailLength).fill('0');
  return [...headGroups, ...zeros, ...tailGroups]
    .slice(0, 4)
    .map((group) => (group.includes('.') ? group : parseInt(group, 16).toString(16)))
    .join(':');
}
