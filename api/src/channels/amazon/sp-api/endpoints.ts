import type { AmazonRegion } from '@orderdesk/migrations';

/** SP-API's regional endpoints (developer guide, "SP-API endpoints"). */
export const REGION_ENDPOINTS: Record<AmazonRegion, string> = {
  na: 'https://sellingpartnerapi-na.amazon.com',
  eu: 'https://sellingpartnerapi-eu.amazon.com',
  fe: 'https://sellingpartnerapi-fe.amazon.com',
};

export const LWA_TOKEN_URL = 'https://api.amazon.com/auth/o2/token';

/** The base URL a store talks to: its override (the sandbox, say) or its region's endpoint. */
export function baseUrlOf(store: { region: AmazonRegion; endpoint: string | null }): string {
  return (store.endpoint ?? REGION_ENDPOINTS[store.region]).replace(/\/+$/, '');
}
