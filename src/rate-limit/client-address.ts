import type { IncomingMessage } from 'node:http';
import { isIP, type Socket } from 'node:net';
import proxyAddr from 'proxy-addr';
import type { TrustedProxies } from '../config/request-settings';

type Trust = (address: string, hop: number) => boolean;

/** Compiled trust functions, one per configured list (the configuration's lists are frozen and live as long as it). */
const compiledTrust = new WeakMap<readonly string[], Trust>();

function trustOf(trusted: Exclude<TrustedProxies, 0>): Trust {
  if (typeof trusted === 'number') return (_address, hop) => hop < trusted;
  let trust = compiledTrust.get(trusted);
  if (!trust) {
    trust = proxyAddr.compile([...trusted]);
    compiledTrust.set(trusted, trust);
  }
  return trust;
}

/**
 * The client address a request's rate limit is keyed by, read by proxy-addr as Express reads it.
 *
 * proxy-addr walks from the socket's peer leftwards through X-Forwarded-For and answers the first
 * address not trusted. With a hop count n, the n nearest hops are trusted whatever their addresses,
 * so the client is the n-th entry from the right (the leftmost when there are fewer); with
 * addresses and ranges (`loopback`, `10.0.0.0/8`, …), every hop from a trusted address is passed.
 * Entries further left are the client's own claims and may be forged. Without trusted proxies, or
 * when the answer is not an address, the socket's peer is used.
 *
 * IPv6 addresses are reduced to their /64 network: one subscriber usually holds a whole /64,
 * so keying by single addresses would give one client 2^64 allowances.
 */
export function clientAddress(req: IncomingMessage, trusted: TrustedProxies): string {
  if (trusted === 0 || req.socket.remoteAddress === undefined) return peerKeyOf(req.socket);
  const peer = normalizeAddress(req.socket.remoteAddress) ?? 'unknown';
  const forwarded = normalizeAddress(proxyAddr(req, trustOf(trusted)));
  return rateLimitKeyOf(forwarded ?? peer);
}

/**
 * The socket's peer as a rate-limit key, worked out once per connection: a keep-alive
 * connection carries many requests, each asked for its address by the rate limit and the
 * request's logger, and a socket's peer never changes (a socket that has none yet is not kept).
 */
const peerKeys = new WeakMap<Socket, string>();

function peerKeyOf(socket: Socket): string {
  const known = peerKeys.get(socket);
  if (known !== undefined) return known;
  const key = rateLimitKeyOf(normalizeAddress(socket.remoteAddress ?? '') ?? 'unknown');
  if (socket.remoteAddress !== undefined) peerKeys.set(socket, key);
  return key;
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
