// What seeded orders look like, as SQL expressions of the order's number: the same number always gives the
// same items, so the orders' totals and their items agree though they are written by separate statements.
import { faker as fakerDE } from '@faker-js/faker/locale/de';
import { faker as fakerUS } from '@faker-js/faker/locale/en_US';
import { faker as fakerES } from '@faker-js/faker/locale/es';

/**
 * A uniform number in [0, 1) drawn from an integer SQL expression (PostgreSQL's hashint8). A float8: 31 bits
 * over 2^31 is exact in it, and power() of a float8 is fast, where that of a numeric took most of the seeding.
 */
export const uniform = (key: string): string =>
  `((hashint8(${key})::bigint & 2147483647) / 2147483648.0::float8)`;

/**
 * An index in [0, size) skewed towards the start, as sales are: with `skew` 1.5 the first of 2,000 SKUs
 * gets about 0.6% of the draws and half of them go to the first 630.
 */
export const skewedIndex = (key: string, size: number | string, skew: number): string =>
  `floor((${size}) * power(${uniform(key)}, ${skew}))::int`;

/** Categories of the made-up catalog: OD-KIT-0042 is kitchen item 42. */
const CATEGORIES = [
  ['KIT', 'Kitchen'],
  ['MUG', 'Mugs'],
  ['HOM', 'Home'],
  ['BTH', 'Bath'],
  ['OFF', 'Office'],
  ['TOY', 'Toys'],
  ['GRD', 'Garden'],
  ['SPT', 'Sports'],
  ['ELC', 'Electronics'],
  ['BOO', 'Books'],
] as const;

export interface CatalogShape {
  /** Number of SKUs sold (OD-KIT-0001 ...). */
  skus: number;
}

/** The SKU with this index: category by index modulo the categories, number within it. */
export const skuOf = (index: string): string =>
  `'OD-' || (array[${CATEGORIES.map(([code]) => `'${code}'`).join(',')}])[1 + (${index}) % ${CATEGORIES.length}]
     || '-' || lpad(((${index}) / ${CATEGORIES.length} + 1)::text, 4, '0')`;

export const skuTitleOf = (index: string): string =>
  `(array[${CATEGORIES.map(([, name]) => `'${name}'`).join(',')}])[1 + (${index}) % ${CATEGORIES.length}]
     || ' item ' || ((${index}) / ${CATEGORIES.length} + 1)`;

/** Unit price: 4.99 to 199.99, fixed per SKU. */
export const skuPriceOf = (index: string): string =>
  `(4 + (hashint4(${index}) & 1023) % 196 + 0.99)::numeric(14,2)`;

/** One, two or three lines (60/30/10 %). */
export const itemCountOf = (order: string): string =>
  `(case when ${uniform(`${order} * 7 + 1`)} < 0.6 then 1 when ${uniform(`${order} * 7 + 1`)} < 0.9 then 2 else 3 end)`;

/** The line's SKU index, skewed: a few sell a lot, most a little. */
export const lineSkuIndexOf = (order: string, line: string, catalog: CatalogShape): string =>
  skewedIndex(`${order} * 7 + 2 + ${line} * 1000003`, catalog.skus, 1.5);

/** Quantity of a line: mostly one. */
export const lineQuantityOf = (order: string, line: string): string =>
  `(case when ${uniform(`${order} * 7 + 3 + ${line} * 1000003`)} < 0.85 then 1 else 2 + (hashint8(${order} + ${line}) & 1) end)`;

/** Buyers' first and last names (faker, US, German and Spanish), seeded: the same lists on every run. */
export function buyerNames(): { first: string[]; last: string[] } {
  const first = new Set<string>();
  const last = new Set<string>();
  for (const [index, faker] of [fakerUS, fakerDE, fakerES].entries()) {
    faker.seed(20_261_122 + index);
    for (let n = 0; n < 3000; n++) {
      first.add(faker.person.firstName());
      last.add(faker.person.lastName());
    }
  }
  return { first: [...first], last: [...last] };
}
