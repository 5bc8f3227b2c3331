// Amazon's marketplaces: the real ids and sales channel names, and what the sandbox needs to make plausible
// orders in each (currency, tax, a fixed exchange rate from the catalog's USD prices, order-id prefixes).

export type FakerLocale = 'en_US' | 'en_CA' | 'es_MX' | 'en_GB' | 'de' | 'fr' | 'es' | 'it' | 'ja';

export interface Marketplace {
  id: string;
  countryCode: string;
  currency: string;
  /** Amazon's SalesChannel value for orders placed there. */
  salesChannel: string;
  locale: FakerLocale;
  /** Digits after the decimal point of the currency (JPY has none). */
  minorDigits: 0 | 2;
  /** Catalog prices are USD; a fixed rate keeps generated prices stable and plausible. */
  usdRate: number;
  /** Tax on items and shipping, in percent (US sales tax, VAT, GST, consumption tax). */
  taxPercent: number;
  /** The first group of Amazon order ids seen in that marketplace (3-7-7 format). */
  orderIdPrefixes: readonly string[];
  /** Domain of the anonymised buyer e-mail (`xyz@marketplace.amazon.<domain>`). */
  emailDomain: string;
  /** Seller-fulfilled ShipServiceLevel names: standard and expedited. */
  shipServiceLevels: { standard: string; expedited: string };
}

const mk = (m: Marketplace): Marketplace => m;

/** The marketplaces the sandbox places orders in. */
export const MARKETPLACES: readonly Marketplace[] = [
  mk({
    id: 'ATVPDKIKX0DER',
    countryCode: 'US',
    currency: 'USD',
    salesChannel: 'Amazon.com',
    locale: 'en_US',
    minorDigits: 2,
    usdRate: 1,
    taxPercent: 8,
    orderIdPrefixes: ['111', '112', '113', '114'],
    emailDomain: 'com',
    shipServiceLevels: { standard: 'Std US D2D Dom', expedited: 'Exp US D2D Dom' },
  }),
  mk({
    id: 'A2EUQ1WTGCTBG2',
    countryCode: 'CA',
    currency: 'CAD',
    salesChannel: 'Amazon.ca',
    locale: 'en_CA',
    minorDigits: 2,
    usdRate: 1.37,
    taxPercent: 13,
    orderIdPrefixes: ['701', '702'],
    emailDomain: 'ca',
    shipServiceLevels: { standard: 'Std CA Dom', expedited: 'Exp CA Dom' },
  }),
  mk({
    id: 'A1AM78C64UM0Y8',
    countryCode: 'MX',
    currency: 'MXN',
    salesChannel: 'Amazon.com.mx',
    locale: 'es_MX',
    minorDigits: 2,
    usdRate: 18.5,
    taxPercent: 16,
    orderIdPrefixes: ['701', '702'],
    emailDomain: 'com.mx',
    shipServiceLevels: { standard: 'Std MX Dom', expedited: 'Exp MX Dom' },
  }),
  mk({
    id: 'A1F83G8C2ARO7P',
    countryCode: 'GB',
    currency: 'GBP',
    salesChannel: 'Amazon.co.uk',
    locale: 'en_GB',
    minorDigits: 2,
    usdRate: 0.79,
    taxPercent: 20,
    orderIdPrefixes: ['202', '203', '204', '205', '206'],
    emailDomain: 'co.uk',
    shipServiceLevels: { standard: 'Std UK Dom_1', expedited: 'Exp UK Dom_1' },
  }),
  mk({
    id: 'A1PA6795UKMFR9',
    countryCode: 'DE',
    currency: 'EUR',
    salesChannel: 'Amazon.de',
    locale: 'de',
    minorDigits: 2,
    usdRate: 0.92,
    taxPercent: 19,
    orderIdPrefixes: ['302', '303', '304', '305', '306'],
    emailDomain: 'de',
    shipServiceLevels: { standard: 'Std DE Dom_1', expedited: 'Exp DE Dom_1' },
  }),
  mk({
    id: 'A13V1IB3VIYZZH',
    countryCode: 'FR',
    currency: 'EUR',
    salesChannel: 'Amazon.fr',
    locale: 'fr',
    minorDigits: 2,
    usdRate: 0.92,
    taxPercent: 20,
    orderIdPrefixes: ['402', '403', '404', '405', '407'],
    emailDomain: 'fr',
    shipServiceLevels: { standard: 'Std FR Dom_1', expedited: 'Exp FR Dom_1' },
  }),
  mk({
    id: 'A1RKKUPIHCS9HS',
    countryCode: 'ES',
    currency: 'EUR',
    salesChannel: 'Amazon.es',
    locale: 'es',
    minorDigits: 2,
    usdRate: 0.92,
    taxPercent: 21,
    orderIdPrefixes: ['402', '403', '404', '405', '406', '408'],
    emailDomain: 'es',
    shipServiceLevels: { standard: 'Std ES Dom_1', expedited: 'Exp ES Dom_1' },
  }),
  mk({
    id: 'APJ6JRA9NG5V4',
    countryCode: 'IT',
    currency: 'EUR',
    salesChannel: 'Amazon.it',
    locale: 'it',
    minorDigits: 2,
    usdRate: 0.92,
    taxPercent: 22,
    orderIdPrefixes: ['402', '403', '404', '405', '406', '408'],
    emailDomain: 'it',
    shipServiceLevels: { standard: 'Std IT Dom_1', expedited: 'Exp IT Dom_1' },
  }),
  mk({
    id: 'A1VC38T7YXB528',
    countryCode: 'JP',
    currency: 'JPY',
    salesChannel: 'Amazon.co.jp',
    locale: 'ja',
    minorDigits: 0,
    usdRate: 150,
    taxPercent: 10,
    orderIdPrefixes: ['249', '250', '503'],
    emailDomain: 'co.jp',
    shipServiceLevels: { standard: 'Std JP Dom', expedited: 'Exp JP Dom' },
  }),
];

/**
 * Every marketplace id Amazon publishes (Marketplace IDs page). getOrders refuses an id outside this list;
 * orders are only generated in MARKETPLACES.
 */
export const KNOWN_MARKETPLACE_IDS: ReadonlySet<string> = new Set([
  ...MARKETPLACES.map((m) => m.id),
  'A2Q3Y263D00KWC', // BR
  'A28R8C7NBKEWEA', // IE
  'AMEN7PMS3EDWL', // BE
  'A1805IZSGTT6HS', // NL
  'A2NODRKZP88ZB9', // SE
  'AE08WJ6YKNBMC', // ZA
  'A1C3SOZRARQ6R3', // PL
  'ARBP9OOSHTCHU', // EG
  'A33AVAJ2PDY3EV', // TR
  'A17E79C6D8DWNP', // SA
  'A2VIGQ35RCS4UG', // AE
  'A21TJRUUN4KGV', // IN
  'A19VAU5U5O7RUS', // SG
  'A39IBJ37TRP1C6', // AU
]);

const BY_ID = new Map(MARKETPLACES.map((m) => [m.id, m]));

export function findMarketplace(id: string): Marketplace | undefined {
  return BY_ID.get(id);
}

export const DEFAULT_MARKETPLACE_ID = 'ATVPDKIKX0DER';
