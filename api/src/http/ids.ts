import { BadRequestError } from './errors.js';

/** A numeric record id from the URL; anything else is a 400 naming the record kind. */
export function parseId(raw: string | string[] | undefined, what: string): number {
  const id = Number(raw);
  if (typeof raw !== 'string' || !/^\d{1,15}$/.test(raw) || !Number.isSafeInteger(id) || id < 1) {
    throw new BadRequestError(`"${String(raw ?? '')}" is not a valid ${what} id.`, { field: 'id' });
  }
  return id;
}
