import pino, { type Logger } from 'pino';

/** One line of the gateway's JSON log, with the fields the tests read (operation lines and answered-before-execution lines). */
export interface LogLine {
  level: number;
  msg: string;
  requestId?: string;
  clientIp?: string;
  operationName?: string | null;
  operationType?: string | null;
  durationMs?: number;
  errorCodes?: string[];
  httpStatus?: number;
  answeredBy?: string;
}

/** A pino logger at `info` whose lines are parsed into `lines` as pino writes them (one JSON document per line). */
export function capturingLogger(): { logger: Logger; lines: LogLine[] } {
  const lines: LogLine[] = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line) as LogLine) });
  return { logger, lines };
}
