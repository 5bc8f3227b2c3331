// The one search box of the order grids (`filter.q`): which keys a term can be, and how each is matched.
// Each key is answered by an index of its own (btree for numbers, e-mails, SKUs and tracking; trigram for
// names), and a key is only asked when the term can be one: "smith" is no order number, "114-123" no name.

import type { Knex } from 'knex';

/** An order number is also matched by its start from this many characters ("114-123" finds 114-1234567-...). */
export const ORDER_NUMBER_PREFIX_MIN = 7;
/** An e-mail address is also matched by its start from this many characters. */
export const EMAIL_PREFIX_MIN = 4;
/** A name is searched by parts of at least this many characters (a trigram index needs three). */
export const NAME_PART_MIN = 3;
/** More words than a name has: the term is not searched as a name. */
const NAME_WORDS_MAX = 6;

export interface SearchTerm {
  /** LIKE pattern for an Amazon order number (digits and dashes): whole, or its start once long enough. */
  orderNumberPattern: string | null;
  /** A Commerce increment id (digits, or the Amazon order number when the store numbers orders so). */
  incrementId: string | null;
  /** LIKE pattern for the lower-cased e-mail (no spaces, a letter or @): whole, or its start. */
  emailPattern: string | null;
  /** SKUs are matched whole, whatever their case. */
  sku: string;
  /** Tracking numbers: letters and digits, with a digit; spaces and case ignored. */
  trackingNumber: string | null;
  /** ILIKE patterns a name must all match (every word, anywhere): letters, no digits or @. */
  nameWords: string[] | null;
}

export function parseSearchTerm(term: string): SearchTerm {
  const exact = term.trim();
  const lower = exact.toLowerCase();
  const words = exact.split(/\s+/).filter((word) => word !== '');
  const isNumber = /^[0-9-]+$/.test(exact);
  const tracking = lower.replace(/\s+/g, '');
  const isName =
    !/[\d@]/.test(exact) &&
    words.length <= NAME_WORDS_MAX &&
    words.some((word) => word.length >= NAME_PART_MIN);
  return {
    orderNumberPattern: isNumber
      ? escapeLike(exact) + (exact.length >= ORDER_NUMBER_PREFIX_MIN ? '%' : '')
      : null,
    incrementId: isNumber ? exact : null,
    emailPattern:
      !/\s/.test(lower) && /[\p{L}@]/u.test(lower)
        ? escapeLike(lower) + (lower.length >= EMAIL_PREFIX_MIN ? '%' : '')
        : null,
    sku: lower,
    trackingNumber: /^[a-z0-9]+$/.test(tracking) && /\d/.test(tracking) ? tracking : null,
    nameWords: isName ? words.map((word) => `%${escapeLike(word)}%`) : null,
  };
}

/** A LIKE pattern's own characters taken literally (PostgreSQL's default escape is the backslash). */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** SQL of a search: conditions joined by OR, with their bindings in order. */
export class SearchConditions {
  readonly sql: string[] = [];
  readonly bindings: string[] = [];

  /** Adds `sql` with its bindings when `value` is not null (one `?` per binding). */
  add(sql: string, value: string | string[] | null): void {
    if (value === null) return;
    this.sql.push(sql);
    this.bindings.push(...(Array.isArray(value) ? value : [value]));
  }

  /** `column ilike ? and column ilike ?...` for the name's words. */
  addName(column: string, words: string[] | null): void {
    if (words) this.add(`(${words.map(() => `${column} ilike ?`).join(' and ')})`, words);
  }

  /**
   * `key = any(array(...))` of the keys `related`'s selects find, each on another table's own index, joined
   * by UNION ALL: one id list matched through the primary key (an OR across joined tables leaves only a scan).
   */
  addKeyIn(key: string, related: SearchConditions): void {
    this.add(`${key} = any(array(${related.sql.join(' union all ')}))`, related.bindings);
  }

  /** Keeps the rows that match any of the conditions. */
  applyTo(query: Knex.QueryBuilder): void {
    query.whereRaw(`(${this.sql.join(' or ')})`, this.bindings);
  }
}
