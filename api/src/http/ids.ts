import { BadRequestError } from './errors.js';

/** Ids and integer filters are PostgreSQL `integer` columns; a number outside this range is a SQL error. */
export const PG_INT_MIN = -2_147_483_648;
export const PG_INT_MAX = 2_147_483_647;

export const isPgInteger = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= PG_INT_MIN && value <= PG_INT_MAX;

/** A numeric record id from the URL; anything else is a 400 naming the record kind. */
export function parseId(raw: string | string[] | undefined, what: string): number {
  const id = Number(raw);
  if (typeof raw !== 'string' || !/^\d{1,10}$/.test(raw) || id < 1 || id > PG_INT_MAX) {
    throw new BadRequestError(`"${String(raw ?? '')}" is not a valid ${what} id.`, { field: 'id' });
  }
  return id;
}
