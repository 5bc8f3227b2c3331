import type { AmazonRegion } from '../types';

/**
 * Amazon's marketplaces by region, for the store form's choices. The API's list
 * (api/src/channels/amazon/sp-api/marketplaces.ts) is the authority: it refuses anything else with a message.
 */
const BY_REGION: Record<AmazonRegion, readonly (readonly [id: string, countryCode: string])[]> = {
  na: [
    ['ATVPDKIKX0DER', 'US'],
    ['A2EUQ1WTGCTBG2', 'CA'],
    ['A1AM78C64UM0Y8', 'MX'],
    ['A2Q3Y263D00KWC', 'BR'],
  ],
  eu: [
    ['A1F83G8C2ARO7P', 'GB'],
    ['A1PA6795UKMFR9', 'DE'],
    ['A13V1IB3VIYZZH', 'FR'],
    ['APJ6JRA9NG5V4', 'IT'],
    ['A1RKKUPIHCS9HS', 'ES'],
    ['A28R8C7NBKEWEA', 'IE'],
    ['AMEN7PMS3EDWL', 'BE'],
    ['A1805IZSGTT6HS', 'NL'],
    ['A2NODRKZP88ZB9', 'SE'],
    ['A1C3SOZRARQ6R3', 'PL'],
    ['A33AVAJ2PDY3EV', 'TR'],
    ['A17E79C6D8DWNP', 'SA'],
    ['A2VIGQ35RCS4UG', 'AE'],
    ['ARBP9OOSHTCHU', 'EG'],
    ['A21TJRUUN4KGV', 'IN'],
    ['AE08WJ6YKNBMC', 'ZA'],
  ],
  fe: [
    ['A1VC38T7YXB528', 'JP'],
    ['A39IBJ37TRP1C6', 'AU'],
    ['A19VAU5U5O7RUS', 'SG'],
  ],
};

/** The region whose endpoint serves the marketplace (the API refuses any other). */
export function regionOfMarketplace(id: string): AmazonRegion | undefined {
  return (Object.keys(BY_REGION) as AmazonRegion[]).find((region) =>
    BY_REGION[region].some(([marketplaceId]) => marketplaceId === id),
  );
}

/**
 * Every marketplace as a choice, by region: "Germany · Europe (A1PA6795UKMFR9)", the country named in
 * `locale`; `regionName` translates a region code.
 */
export function marketplaceChoices(locale: string, regionName: (region: AmazonRegion) => string) {
  const countries = new Intl.DisplayNames([locale], { type: 'region' });
  return (Object.keys(BY_REGION) as AmazonRegion[]).flatMap((region) =>
    BY_REGION[region].map(([id, countryCode]) => ({
      id,
      name: `${countries.of(countryCode) ?? countryCode} · ${regionName(region)} (${id})`,
    })),
  );
}
