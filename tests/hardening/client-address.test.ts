import type { IncomingMessage } from 'node:http';
import { clientAddress, normalizeAddress } from '../../src/rate-limit/client-address';
import { loadConfig } from '../../src/config/config';

function request(remoteAddress: string | undefined, forwardedFor?: string | string[]): IncomingMessage {
  return { socket: { remoteAddress }, headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor } } as unknown as IncomingMessage;
}

describe('clientAddress', () => {
  it('uses the socket peer and ignores X-Forwarded-For without trusted proxies', () => {
    expect(clientAddress(request('10.0.0.5', '1.2.3.4'), 0)).toBe('10.0.0.5');
    expect(clientAddress(request('::ffff:10.0.0.5'), 0)).toBe('10.0.0.5');
    expect(clientAddress(request(undefined), 0)).toBe('unknown');
  });

  it('takes the n-th entry from the right with n trusted proxies', () => {
    const req = request('10.0.0.1', 'forged, 203.0.113.7, 10.0.0.9');
    expect(clientAddress(req, 1)).toBe('10.0.0.9');
    expect(clientAddress(req, 2)).toBe('203.0.113.7');
    // Fewer entries than proxies: the leftmost one.
    expect(clientAddress(request('10.0.0.1', '203.0.113.7'), 3)).toBe('203.0.113.7');
    // Several header lines count as one list.
    expect(clientAddress(request('10.0.0.1', ['198.51.100.1', '203.0.113.7']), 1)).toBe('203.0.113.7');
  });

  it('falls back to the peer when the header is missing or not an address', () => {
    expect(clientAddress(request('10.0.0.1'), 1)).toBe('10.0.0.1');
    expect(clientAddress(request('10.0.0.1', 'unknown'), 1)).toBe('10.0.0.1');
    expect(clientAddress(request('10.0.0.1', ' , '), 1)).toBe('10.0.0.1');
  });

  it('keys IPv6 clients by their /64 network', () => {
    expect(clientAddress(request('2001:db8:aa:bb::1'), 0)).toBe('2001:db8:aa:bb/64');
    expect(clientAddress(request('2001:0db8:00aa:00bb:1:2:3:4'), 0)).toBe('2001:db8:aa:bb/64');
    expect(clientAddress(request('::1'), 0)).toBe('0:0:0:0/64');
    expect(clientAddress(request('fe80::1%eth0'), 0)).toBe('fe80:0:0:0/64');
    expect(clientAddress(request('10.0.0.1', '[2001:db8::7]:443'), 1)).toBe('2001:db8:0:0/64');
  });
});

describe('normalizeAddress', () => {
  it.each([
    ['203.0.113.7:5678', '203.0.113.7'],
    ['::FFFF:203.0.113.7', '203.0.113.7'],
    ['[2001:DB8::1]', '2001:db8::1'],
    ['not-an-address', null],
    ['', null],
  ])('%s → %s', (raw, expected) => {
    expect(normalizeAddress(raw)).toBe(expected);
  });
});

describe('TRUST_PROXY', () => {
  it.each([
    [undefined, 0],
    ['', 0],
    ['false', 0],
    ['0', 0],
    ['true', 1],
    ['2', 2],
  ])('%s → %s proxies', (value, expected) => {
    expect(loadConfig({ TRUST_PROXY: value }).trustedProxies).toBe(expected);
  });

  it.each(['sometimes', '-1', '11', '1.5'])('"%s" is refused naming TRUST_PROXY', (value) => {
    expect(() => loadConfig({ TRUST_PROXY: value }).trustedProxies).toThrow(/^TRUST_PROXY: /);
  });
});
