import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { clientAddress, normalizeAddress } from '../../src/rate-limit/client-address';
import { loadConfig } from '../../src/config/config';

/** A server answering each request with the address its rate limit is keyed by, under TRUST_PROXY=`trustProxy`. */
async function serverTrusting(trustProxy: string | undefined, host = '127.0.0.1'): Promise<{ server: Server; ask: (forwardedFor?: string | string[]) => Promise<string> }> {
  const trusted = loadConfig({ TRUST_PROXY: trustProxy }).trustedProxies;
  const server = createServer((req, res) => res.end(clientAddress(req, trusted)));
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  const ask = (forwardedFor?: string | string[]): Promise<string> =>
    new Promise((resolve, reject) => {
      const headers = forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor };
      const req = httpRequest({ host, port, path: '/', headers }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve(body));
      });
      req.on('error', reject);
      req.end();
    });
  return { server, ask };
}

const servers: Server[] = [];
async function trusting(trustProxy: string | undefined, host?: string): Promise<(forwardedFor?: string | string[]) => Promise<string>> {
  const { server, ask } = await serverTrusting(trustProxy, host);
  servers.push(server);
  return ask;
}

afterAll(async () => {
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
});

describe('clientAddress over HTTP (this test is the proxy, on 127.0.0.1)', () => {
  it('uses the socket peer and ignores X-Forwarded-For without trusted proxies', async () => {
    for (const value of [undefined, 'false', '0']) {
      const ask = await trusting(value);
      expect(await ask('1.2.3.4')).toBe('127.0.0.1');
      expect(await ask()).toBe('127.0.0.1');
    }
  });

  it('takes the n-th entry from the right with n trusted proxies', async () => {
    const one = await trusting('1');
    const two = await trusting('2');
    const three = await trusting('3');
    expect(await one('forged, 203.0.113.7, 10.0.0.9')).toBe('10.0.0.9');
    expect(await two('forged, 203.0.113.7, 10.0.0.9')).toBe('203.0.113.7');
    // Fewer entries than proxies: the leftmost one.
    expect(await three('203.0.113.7')).toBe('203.0.113.7');
    // Several header lines count as one list.
    expect(await one(['198.51.100.1', '203.0.113.7'])).toBe('203.0.113.7');
    // `true` is one proxy, not every hop: a client cannot name its own address.
    expect(await (await trusting('true'))('forged, 203.0.113.7')).toBe('203.0.113.7');
  });

  it('passes every hop from a trusted range, and stops at the first address outside it', async () => {
    const loopback = await trusting('loopback');
    // The peer (127.0.0.1) is a trusted proxy; the entry it appended is the client.
    expect(await loopback('forged, 203.0.113.7')).toBe('203.0.113.7');
    // A private hop is not in `loopback`: it is the client, whatever it claims further left.
    expect(await loopback('forged, 203.0.113.7, 10.1.2.3')).toBe('10.1.2.3');
    const chain = await trusting('loopback, 10.0.0.0/8');
    expect(await chain('forged, 203.0.113.7, 10.1.2.3')).toBe('203.0.113.7');
    expect(await chain('10.9.9.9, 10.1.2.3')).toBe('10.9.9.9');
    const private10 = await trusting('uniquelocal');
    expect(await private10('203.0.113.7, 10.1.2.3')).toBe('127.0.0.1'); // the peer itself is not trusted
    const exact = await trusting('127.0.0.1,192.168.0.0/16');
    expect(await exact('203.0.113.7, 192.168.4.4')).toBe('203.0.113.7');
  });

  it('falls back to the peer when the header is missing or not an address', async () => {
    for (const value of ['1', 'loopback']) {
      const ask = await trusting(value);
      expect(await ask()).toBe('127.0.0.1');
      expect(await ask('unknown')).toBe('127.0.0.1');
      expect(await ask(' , ')).toBe('127.0.0.1');
    }
  });

  it('keys IPv6 clients by their /64 network', async () => {
    const one = await trusting('1');
    expect(await one('[2001:db8::7]:443')).toBe('2001:db8:0:0/64');
    expect(await one('2001:0db8:00aa:00bb:1:2:3:4')).toBe('2001:db8:aa:bb/64');
    expect(await (await trusting('loopback'))('2001:db8:aa:bb::1')).toBe('2001:db8:aa:bb/64');
  });

  it('trusts an IPv6 loopback peer under `loopback`', async () => {
    let ask: ((forwardedFor?: string) => Promise<string>) | null = null;
    try {
      ask = await trusting('loopback', '::1');
    } catch {
      return; // no IPv6 loopback on this machine
    }
    expect(await ask('203.0.113.7')).toBe('203.0.113.7');
    expect(await (await trusting(undefined, '::1'))('203.0.113.7')).toBe('0:0:0:0/64');
  });
});

describe('normalizeAddress', () => {
  it.each([
    ['203.0.113.7:5678', '203.0.113.7'],
    ['::FFFF:203.0.113.7', '203.0.113.7'],
    ['[2001:DB8::1]', '2001:db8::1'],
    ['fe80::1%eth0', 'fe80::1'],
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
    ['loopback', ['loopback']],
    ['Loopback, 10.0.0.0/8 ,fd00::/8', ['loopback', '10.0.0.0/8', 'fd00::/8']],
    ['linklocal,uniquelocal,203.0.113.7', ['linklocal', 'uniquelocal', '203.0.113.7']],
  ])('%s → %j', (value, expected) => {
    expect(loadConfig({ TRUST_PROXY: value }).trustedProxies).toEqual(expected);
  });

  it.each(['sometimes', '-1', '11', '1.5', 'loopback,', '10.0.0.0/33', 'loopback, 2', 'localhost'])('"%s" is refused naming TRUST_PROXY', (value) => {
    expect(() => loadConfig({ TRUST_PROXY: value }).trustedProxies).toThrow(/^TRUST_PROXY: /);
  });
});
