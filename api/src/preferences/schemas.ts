import { z } from 'zod';
import { BadRequestError } from '../http/errors.js';

/** At most this many preferences per user: the panel keeps a handful (one per grid's saved queries). */
export const MAX_PREFERENCES_PER_USER = 100;
/** A value's size once serialized as JSON. */
const MAX_VALUE_BYTES = 64 * 1024;

const KEY_PATTERN = /^[A-Za-z0-9._-]{1,120}$/;

/** The `:key` of a preference route; 400 with a message otherwise. */
export function parsePreferenceKey(raw: unknown): string {
  if (typeof raw !== 'string' || !KEY_PATTERN.test(raw)) {
    throw new BadRequestError(
      'A preference key must be 1 to 120 letters, digits, dots, dashes or underscores.',
      { field: 'key' },
    );
  }
  return raw;
}

/** `PUT /api/preferences/:key`: `{ value }`, an array or object of at most 64 KB as JSON. */
export const preferenceBody = z.strictObject({
  value: z
    .union([z.array(z.unknown()), z.record(z.string(), z.unknown())], {
      error: 'must be an array or an object',
    })
    .refine(
      (value) => Buffer.byteLength(JSON.stringify(value), 'utf8') <= MAX_VALUE_BYTES,
      `must be at most ${MAX_VALUE_BYTES / 1024} KB as JSON`,
    ),
});
export type PreferenceBody = z.infer<typeof preferenceBody>;
