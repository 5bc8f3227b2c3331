import { z } from 'zod';

export const NEW_ORDER_STATUSES = ['pending', 'processing'] as const;

/** The order settings staff may edit (Adobe's Amazon Sales Channel "Order Settings"). Credentials are write-only. */
export const storeSettingsBody = z.strictObject({
  name: z.string().trim().min(1, 'is required').max(200).optional(),
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
});
export type StoreSettings = z.infer<typeof storeSettingsBody>;
