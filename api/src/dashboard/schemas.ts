import { z } from 'zod';

// An IANA zone name (Europe/Madrid, America/New_York, UTC). Offsets such as "+01:00" are refused:
// PostgreSQL reads their sign the POSIX way, the opposite of ISO 8601.
const ZONE_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/;

const isKnownTimeZone = (name: string): boolean => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
};

/** `GET /api/dashboard?tz=Europe/Madrid`: the zone whose midnight starts "today" (default UTC). */
export const dashboardQuery = z.strictObject({
  tz: z
    .string()
    .max(64)
    .regex(ZONE_NAME, 'must be an IANA time zone name, e.g. Europe/Madrid')
    .refine(isKnownTimeZone, 'is not a known time zone')
    .optional(),
});
