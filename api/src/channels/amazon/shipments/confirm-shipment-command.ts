// What a shipment tells Amazon (Orders API v0 confirmShipment): one package with its tracking and the units
// of each order item in it. The outbox row keeps the package; the worker adds the marketplace.
import { z } from 'zod';
import type { ConfirmShipmentRequest } from '../sp-api/orders-api.js';

export const CONFIRM_SHIPMENT_COMMAND = 'amazon.confirm_shipment';

export const confirmShipmentPayloadSchema = z.object({
  amazonOrderId: z.string().min(1),
  /** The Commerce shipment and the amazon_order_tracking row it confirms. */
  shipmentId: z.number().int().positive(),
  shipmentIncrementId: z.string().min(1),
  trackingId: z.number().int().positive(),
  packageDetail: z.object({
    /** Unique per package within the order, positive and numeric: the shipment's id. */
    packageReferenceId: z.string().regex(/^[1-9]\d*$/),
    carrierCode: z.string().min(1),
    carrierName: z.string().min(1).optional(),
    trackingNumber: z.string().min(1),
    shipDate: z.string().min(1),
    orderItems: z
      .array(z.object({ orderItemId: z.string().min(1), quantity: z.number().int().positive() }))
      .min(1),
  }),
});

export type ConfirmShipmentPayload = z.infer<typeof confirmShipmentPayloadSchema>;

/** Magento's carrier codes as Amazon's CarrierCode spells them; any other code goes as given. */
const AMAZON_CARRIER_CODES: Record<string, string> = {
  ups: 'UPS',
  usps: 'USPS',
  fedex: 'FedEx',
  dhl: 'DHL',
  custom: 'Other',
  other: 'Other',
};

/** carrierCode and carrierName (which Amazon needs when the code is "Other") for a Magento track. */
export function amazonCarrier(
  code: string,
  title: string | null,
): { carrierCode: string; carrierName?: string } {
  const carrierCode = AMAZON_CARRIER_CODES[code.toLowerCase()] ?? code;
  const carrierName = title ?? (carrierCode === 'Other' ? code : undefined);
  return carrierName ? { carrierCode, carrierName } : { carrierCode };
}

export function confirmShipmentRequest(
  payload: ConfirmShipmentPayload,
  marketplaceId: string,
): ConfirmShipmentRequest {
  return { marketplaceId, packageDetail: payload.packageDetail };
}
