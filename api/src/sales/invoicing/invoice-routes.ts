import type { Knex } from 'knex';
import { ORDER_PROCESSORS } from '../../http/access.js';
import { parseId } from '../../http/ids.js';
import type { RouteDefinition } from '../../http/routes.js';
import { createCreditMemo } from './create-credit-memo.js';
import { createInvoice } from './create-invoice.js';
import { creditMemoRecord, invoiceRecord } from './document-records.js';
import { staffActor } from './record-document.js';
import { creditMemoBody, invoiceBody, type CreditMemoBody, type InvoiceBody } from './schemas.js';

/** Invoice and Credit Memo on a Commerce order (Magento's rules; 201 with the new document). */
export function invoicingRoutes(knex: Knex): RouteDefinition[] {
  return [
    {
      method: 'post',
      path: '/api/orders/:id/invoices',
      access: ORDER_PROCESSORS,
      summary: 'Invoice an order: everything not yet invoiced, or the given lines and quantities',
      body: invoiceBody,
      handler: async (req, res) => {
        const orderId = parseId(req.params.id, 'order');
        const invoice = await knex.transaction(async (trx) => {
          const id = await createInvoice(trx, orderId, req.body as InvoiceBody, staffActor(req.user!));
          return invoiceRecord(trx, id);
        });
        res.status(201).json(invoice);
      },
    },
    {
      method: 'post',
      path: '/api/orders/:id/credit-memos',
      access: ORDER_PROCESSORS,
      summary:
        'Refund invoiced units offline (an Amazon order is refunded in Seller Central): all, or the given lines',
      body: creditMemoBody,
      handler: async (req, res) => {
        const orderId = parseId(req.params.id, 'order');
        const memo = await knex.transaction(async (trx) => {
          const id = await createCreditMemo(trx, orderId, req.body as CreditMemoBody, staffActor(req.user!));
          return creditMemoRecord(trx, id);
        });
        res.status(201).json(memo);
      },
    },
  ];
}
