// What `GET /api/orders/:id` answers beyond the list's record (api/src/sales/order-detail.ts).
import type { RaRecord } from 'react-admin';
import type { FulfillmentChannel, Order } from '../types';

export interface OrderAddress {
  name: string | null;
  /** Street lines joined by newlines. */
  street: string | null;
  city: string | null;
  region: string | null;
  postcode: string | null;
  country_id: string | null;
  telephone: string | null;
  email: string | null;
}

export interface OrderItem {
  id: number;
  sku: string;
  name: string | null;
  qty_ordered: number;
  qty_invoiced: number;
  qty_shipped: number;
  qty_refunded: number;
  qty_canceled: number;
  price: string;
  tax_amount: string;
  discount_amount: string;
  row_total: string;
}

export interface HistoryEntry {
  id: number;
  created_at: string;
  status: string | null;
  comment: string | null;
  is_customer_notified: boolean;
  author: string | null;
}

export interface DocumentLine {
  order_item_id: number;
  sku: string;
  name: string | null;
  qty: number;
}

export interface InvoiceDocument {
  id: number;
  increment_id: string;
  state: string;
  grand_total: string;
  total_qty: number;
  created_at: string;
  items: DocumentLine[];
}

export interface CreditMemoDocument {
  id: number;
  increment_id: string;
  shipping_refund: string;
  adjustment_refund: string;
  adjustment_fee: string;
  grand_total: string;
  total_qty: number;
  created_at: string;
  items: DocumentLine[];
}

/** Where the tracking stands with Amazon; `failed`: the outbox gave up, staff may retry. */
export type AmazonConfirmation = 'pending' | 'sent' | 'failed';

export interface ShipmentDocument {
  id: number;
  increment_id: string;
  order_id: number;
  total_qty: number;
  created_at: string;
  items: DocumentLine[];
  track: { carrier_code: string; title: string | null; track_number: string } | null;
  amazon: {
    amazon_order_id: string;
    confirmation: AmazonConfirmation;
    confirmed_at: string | null;
    error: string | null;
  } | null;
}

export interface OrderDetail extends Order {
  store_code: string;
  customer_id: number | null;
  customer_is_guest: boolean;
  payment_method: string | null;
  shipping_method: string | null;
  shipping_description: string | null;
  subtotal: string;
  tax_amount: string;
  shipping_amount: string;
  discount_amount: string;
  total_invoiced: string;
  total_paid: string;
  total_refunded: string;
  total_canceled: string;
  total_due: string;
  shipping_invoiced: string;
  shipping_refunded: string;
  amazon_store_id: number | null;
  amazon_store_name: string | null;
  amazon_fulfillment_channel: FulfillmentChannel | null;
  amazon_canceled_at: string | null;
  billing_address: OrderAddress | null;
  shipping_address: OrderAddress | null;
  items: OrderItem[];
  history: HistoryEntry[];
  invoices: InvoiceDocument[];
  shipments: ShipmentDocument[];
  credit_memos: CreditMemoDocument[];
}

/** The record in the show page's context: the detail, once loaded. */
export const isOrderDetail = (record: RaRecord | undefined): record is OrderDetail =>
  record !== undefined && Array.isArray((record as Partial<OrderDetail>).items);
