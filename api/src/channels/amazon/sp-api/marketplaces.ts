import type { AmazonRegion } from '@orderdesk/migrations';

export interface AmazonMarketplace {
  /** Amazon's marketplaceId. */
  id: string;
  countryCode: string;
  /** The SP-API region (endpoint) that serves the marketplace. */
  region: AmazonRegion;
}

const mk = (region: AmazonRegion, entries: readonly (readonly [string, string])[]): AmazonMarketplace[] =>
  entries.map(([id, countryCode]) => ({ id, countryCode, region }));

/**
 * Every marketplace Amazon publishes, by region (developer guide, "marketplaceId values"; Ireland, Belgium
 * and South Africa from Amazon's current Marketplace IDs page). A store sells on one of them, and its region
 * must be the one that serves it: any other endpoint refuses the marketplace.
 */
export const AMAZON_MARKETPLACES: readonly AmazonMarketplace[] = [
  ...mk('na', [
    ['A2EUQ1WTGCTBG2', 'CA'],
    ['ATVPDKIKX0DER', 'US'],
    ['A1AM78C64UM0Y8', 'MX'],
    ['A2Q3Y263D00KWC', 'BR'],
  ]),
  ...mk('eu', [
    ['A28R8C7NBKEWEA', 'IE'],
    ['A1RKKUPIHCS9HS', 'ES'],
    ['A1F83G8C2ARO7P', 'GB'],
    ['A13V1IB3VIYZZH', 'FR'],
    ['AMEN7PMS3EDWL', 'BE'],
    ['A1805IZSGTT6HS', 'NL'],
    ['A1PA6795UKMFR9', 'DE'],
    ['APJ6JRA9NG5V4', 'IT'],
    ['A2NODRKZP88ZB9', 'SE'],
    ['AE08WJ6YKNBMC', 'ZA'],
    ['A1C3SOZRARQ6R3', 'PL'],
    ['ARBP9OOSHTCHU', 'EG'],
    ['A33AVAJ2PDY3EV', 'TR'],
    ['A17E79C6D8DWNP', 'SA'],
    ['A2VIGQ35RCS4UG', 'AE'],
    ['A21TJRUUN4KGV', 'IN'],
  ]),
  ...mk('fe', [
    ['A19VAU5U5O7RUS', 'SG'],
    ['A39IBJ37TRP1C6', 'AU'],
    ['A1VC38T7YXB528', 'JP'],
  ]),
];

const BY_ID = new Map(AMAZON_MARKETPLACES.map((marketplace) => [marketplace.id, marketplace]));

export function findAmazonMarketplace(id: string): AmazonMarketplace | undefined {
  return BY_ID.get(id);
}

/** "ATVPDKIKX0DER (US), A2EUQ1WTGCTBG2 (CA), …": the region's marketplaces, for messages. */
export function marketplacesOfRegion(region: AmazonRegion): string {
  return AMAZON_MARKETPLACES.filter((marketplace) => marketplace.region === region)
    .map((marketplace) => `${marketplace.id} (${marketplace.countryCode})`)
    .join(', ');
}
