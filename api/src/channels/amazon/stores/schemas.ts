import { z } from 'zod';

/** The order settings staff may edit (Adobe's Amazon Sales Channel "Order Settings"). Credentials are write-only. */
export const storeSettingsBody = z.strictObject({
  name: z.string().trim().min(1, 'is required').max(200).optional(),
  import_orders: z.boolean().optional(),
  import_store: z.string().trim().min(1).max(64).optional(),
  customer_creation: z.enum(['guest', 'new_customer']).optional(),
  order_number_source: z.enum(['commerce', 'amazon']).optional(),
  reserve_pending: z.boolean().optional(),
  order_status: z.string().trim().min(1).max(64).nullable().optional(),
  sync_interval_minutes: z
    .number()
    .int()
    .min(1, 'must be at least 1 minute')
    .max(1440, 'must be at most 1440 minutes')
    .optional(),
  is_active: z.boolean().optional(),
});
export type StoreSettings = z.infer<typeof storeSettingsBody>;
