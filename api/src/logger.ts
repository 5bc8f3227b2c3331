import { pino, type DestinationStream, type Logger } from 'pino';

/** JSON lines to stdout (or `destination`), with session cookies and Amazon secrets redacted. */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = {
    level,
    base: { service: 'order-desk' },
    redact: {
      paths: [
        'req.headers.cookie',
        'res.headers["set-cookie"]',
        '*.password',
        '*.client_secret',
        '*.refresh_token',
      ],
      censor: '[redacted]',
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
