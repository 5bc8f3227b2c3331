import { z } from 'zod';
import { AMAZON_REGIONS, type AmazonRegion } from '@orderdesk/migrations';
import { findAmazonMarketplace, marketplacesOfRegion } from '../sp-api/marketplaces.js';
import { endpointUrl } from './endpoint-url.js';

export const NEW_ORDER_STATUSES = ['pending', 'processing'] as const;

const storeName = z
  .string({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be text') })
  .trim()
  .min(1, 'is required')
  .max(200, 'must be at most 200 characters');

/** The order settings (Adobe's Amazon Sales Channel "Order Settings"), each optional: the table has defaults. */
const orderSettings = {
  import_orders: z.boolean().optional(),
  import_store: z.string().trim().min(1).max(64).optional(),
  customer_creation: z.enum(['guest', 'new_customer']).optional(),
  order_number_source: z.enum(['commerce', 'amazon']).optional(),
  reserve_pending: z.boolean().optional(),
  // The status new Commerce orders get (null: the default, processing). Only statuses an order can
  // start in: anything else would make every import of the store fail.
  order_status: z
    .enum(NEW_ORDER_STATUSES, {
      error: `must be one of ${NEW_ORDER_STATUSES.join(', ')}, or null for the default`,
    })
    .nullable()
    .optional(),
  sync_interval_minutes: z
    .number()
    .int()
    .min(1, 'must be at least 1 minute')
    .max(1440, 'must be at most 1440 minutes')
    .optional(),
  is_active: z.boolean().optional(),
};

/** A secret pasted from Seller Central: surrounding blanks dropped, none inside. Messages never echo it. */
const secret = (what: string) =>
  z
    .string({ error: `is required: the ${what}` })
    .trim()
    .min(1, `is required: the ${what}`)
    .max(2048, 'is too long')
    .regex(/^\S+$/, 'must not contain spaces');

/**
 * The store's Login with Amazon credentials (Seller Central > Develop Apps: the app's LWA client id and
 * secret, and the refresh token of its authorization). Write-only: sealed before they are stored, never
 * answered, logged or audited.
 */
export const lwaCredentialsBody = z.strictObject(
  {
    client_id: secret('LWA client identifier').regex(
      /^amzn1\.application-oa2-client\./,
      'must be an LWA client identifier (it starts with amzn1.application-oa2-client.)',
    ),
    client_secret: secret('LWA client secret'),
    refresh_token: secret('LWA refresh token').regex(
      /^Atzr\|/,
      'must be an LWA refresh token (it starts with Atzr|)',
    ),
  },
  {
    error: (issue) => {
      if (issue.code !== 'invalid_type') return undefined;
      return issue.input === undefined
        ? 'are required: {client_id, client_secret, refresh_token}'
        : 'must be an object {client_id, client_secret, refresh_token}';
    },
  },
);
export type LwaCredentialsInput = z.infer<typeof lwaCredentialsBody>;

/** `lwa_endpoint`: Login with Amazon's token URL for this store (default Amazon's; see endpoint-url.ts). */
const connection = {
  endpoint: endpointUrl.optional(),
  lwa_endpoint: endpointUrl.optional(),
};

const regionField = z.enum(AMAZON_REGIONS, { error: `must be one of ${AMAZON_REGIONS.join(', ')}` });

const marketplaceField = z
  .string({ error: "is required: one of Amazon's marketplace ids" })
  .trim()
  .toUpperCase()
  .refine((id) => findAmazonMarketplace(id) !== undefined, {
    error: (issue) => `${String(issue.input)} is not one of Amazon's marketplace ids`,
  });

const parsedWell = (payload: z.core.ParsePayload, fields: readonly string[]) =>
  !payload.issues.some((issue) => fields.includes(String(issue.path?.[0])));

/** A new store: one seller account on one marketplace, its connection and credentials, its order settings. */
export const newStoreBody = z
  .strictObject({
    name: storeName,
    // Seller Central > Settings > Account Info > Merchant Token.
    seller_id: z
      .string({ error: "is required: the seller's merchant token" })
      .trim()
      .toUpperCase()
      .regex(/^[A-Z0-9]{8,20}$/, "must be the seller's merchant token: 8 to 20 letters and digits"),
    region: regionField,
    marketplace_id: marketplaceField,
    ...connection,
    credentials: lwaCredentialsBody,
    ...orderSettings,
  })
  .refine((store) => findAmazonMarketplace(store.marketplace_id)?.region === store.region, {
    path: ['marketplace_id'],
    error: (issue) => {
      const { marketplace_id: id, region } = issue.input as { marketplace_id: string; region: AmazonRegion };
      const marketplace = findAmazonMarketplace(id);
      return `${id} (${marketplace?.countryCode}) is a marketplace of region ${marketplace?.region}, not ${region}; ${region}'s are ${marketplacesOfRegion(region)}`;
    },
    // Also checked while other fields are wrong, so that every mistake shows at once.
    when: (payload) => parsedWell(payload, ['region', 'marketplace_id']),
  });
export type NewStore = z.infer<typeof newStoreBody>;

/**
 * What staff may change on a store: its name, endpoint and order settings, and new credentials (all three
 * or none). The seller, marketplace and region stay: the store's orders belong to them.
 */
export const storeSettingsBody = z.strictObject({
  name: storeName.optional(),
  ...connection,
  credentials: lwaCredentialsBody.optional(),
  ...orderSettings,
});
export type StoreSettings = z.infer<typeof storeSettingsBody>;
