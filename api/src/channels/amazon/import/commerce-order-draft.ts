import type { CommerceOrderStatus } from '@orderdesk/migrations';
import { fromCents, toCents } from '../../../sales/money.js';
import type { NewOrder } from '../../../sales/service.js';
import type { AmazonItemRow, AmazonOrderRow } from './amazon-order-repository.js';

export interface ImportSettings {
  id: number;
  import_orders: boolean;
  import_store: string;
  customer_creation: 'guest' | 'new_customer';
  order_number_source: 'commerce' | 'amazon';
  reserve_pending: boolean;
  order_status: string | null;
}

export interface AmazonAddressRow {
  name: string | null;
  address_line1: string | null;
  address_line2: string | null;
  address_line3: string | null;
  city: string | null;
  state_or_region: string | null;
  postal_code: string | null;
  country_code: string | null;
  phone: string | null;
}

export const itemKey = (item: { id: number }) => `amazon-item:${item.id}`;

const sum = (items: AmazonItemRow[], field: keyof AmazonItemRow) =>
  fromCents(items.reduce((total, item) => total + toCents(item[field] as string | null), 0));

/** The Commerce order an Amazon order becomes, by the store's order settings. */
export function commerceOrderDraft(
  order: AmazonOrderRow,
  items: AmazonItemRow[],
  address: AmazonAddressRow | undefined,
  store: ImportSettings,
): NewOrder {
  const amazonShips = order.fulfillment_channel === 'AFN';
  const status: CommerceOrderStatus = amazonShips
    ? 'complete'
    : ((store.order_status as CommerceOrderStatus | null) ?? 'processing');
  const street = address
    ? [address.address_line1, address.address_line2, address.address_line3].filter(Boolean).join('\n')
    : null;
  return {
    channel: 'amazon',
    amazonOrderRowId: order.id,
    incrementId: store.order_number_source === 'amazon' ? order.amazon_order_id : null,
    storeCode: store.import_store,
    status,
    customer: {
      email: order.buyer_email,
      name: order.buyer_name ?? address?.name ?? 'Amazon buyer',
      createAccount: store.customer_creation === 'new_customer',
    },
    currency: order.currency ?? 'USD',
    shippingAmount: sum(items, 'shipping_price'),
    shippingTax: sum(items, 'shipping_tax'),
    paymentMethod: 'amazon',
    shippingMethod: order.ship_service_level,
    shippingDescription: order.shipment_service_level_category ?? order.ship_service_level,
    items: items.map((item) => ({
      sku: item.seller_sku ?? '',
      name: item.title ?? item.seller_sku ?? 'Amazon item',
      quantity: item.quantity_ordered,
      rowPrice: item.item_price ?? '0',
      rowTax: item.item_tax ?? '0',
      rowDiscount: item.promotion_discount ?? '0',
      amazonOrderItemId: item.id,
      shipped: amazonShips ? item.quantity_shipped : 0,
    })),
    shippingAddress: address
      ? {
          name: address.name,
          street,
          city: address.city,
          region: address.state_or_region,
          postcode: address.postal_code,
          countryId: address.country_code,
          telephone: address.phone,
          email: order.buyer_email,
        }
      : null,
    comment: `Imported from Amazon order ${order.amazon_order_id}${amazonShips ? ' (fulfilled by Amazon)' : ''}.`,
    author: 'Amazon sync',
  };
}
