import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The raw ceiling: a bare node:http server answering, for each scenario, the
 * exact bytes (and content type) the gateway returned for it. It reads the
 * request body like any server must, then writes the stored answer; nothing
 * else. The answers file (argv[2]) maps a path such as `/front-page` to
 * `{ contentType, body }`.
 */
interface StoredAnswer {
  contentType: string;
  body: string;
}

function main(): void {
  const answers = JSON.parse(readFileSync(process.argv[2], 'utf8')) as Record<string, StoredAnswer>;
  const encoded = new Map(
    Object.entries(answers).map(([path, answer]) => {
      const body = Buffer.from(answer.body, 'utf8');
      return [path, { body, headers: { 'content-type': answer.contentType, 'content-length': String(body.length) } }];
    }),
  );
  const server = http.createServer((req, res) => {
    const answer = encoded.get((req.url ?? '/').split('?')[0]);
    req.resume();
    req.on('end', () => {
      if (!answer) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, answer.headers);
      res.end(answer.body);
    });
  });
  server.listen(0, '127.0.0.1', () => {
    const { port } = server.address() as AddressInfo;
    process.stdout.write(`READY http://127.0.0.1:${port}\n`);
  });
  process.once('SIGTERM', () => server.close(() => process.exit(0)));
}

main();
