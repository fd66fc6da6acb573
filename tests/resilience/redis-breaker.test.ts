import { createServer, type Server, type Socket } from 'node:net';
import { closeRedisClient, createRedisClient, RedisUnavailableError } from '../../src/db/redis-client';

/**
 * A Redis that accepts connections and never answers (a hung server, a black-holed route): the
 * fault is injected with a TCP server that reads and says nothing. The connection never becomes
 * ready, so commands could only time out (500 ms each); the breaker stops waiting after a few.
 */
describe('the Redis client against a Redis that never answers', () => {
  let server: Server;
  const sockets = new Set<Socket>();
  let port: number;

  beforeAll(async () => {
    server = createServer((socket) => {
      sockets.add(socket);
      socket.on('data', () => undefined);
      socket.on('close', () => sockets.delete(socket));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as { port: number }).port;
  });

  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('waits for at most three commands, then refuses the rest at once until the cooldown passes', async () => {
    const errors: Error[] = [];
    const redis = createRedisClient(`redis://127.0.0.1:${port}`, { onError: (error) => errors.push(error), breakerThreshold: 3, breakerCooldownMs: 60_000 });
    try {
      const outcomes: string[] = [];
      for (let i = 0; i < 20; i++) {
        outcomes.push(
          await redis.get(`key-${i}`).then(
            () => 'answered',
            (error: Error) => (error instanceof RedisUnavailableError ? 'refused' : 'waited'),
          ),
        );
      }
      expect(outcomes).toEqual([...Array(3).fill('waited'), ...Array(17).fill('refused')]);
    } finally {
      await closeRedisClient(redis);
    }
  }, 30000);
});
