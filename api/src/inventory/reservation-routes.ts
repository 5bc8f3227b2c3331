import type { Knex } from 'knex';
import { RESERVATION_CAUSES } from '@orderdesk/migrations';
import { ALL_ROLES } from '../http/access.js';
import { BadRequestError } from '../http/errors.js';
import { runList } from '../http/list-pages.js';
import { parseListQuery, type ListSpec } from '../http/list-query.js';
import { listOptions, sendList } from '../http/list-response.js';
import type { RouteDefinition } from '../http/routes.js';
import { ledgerLinks, ledgerQuery, type LedgerLinks } from './ledger-repository.js';

const reservationsList: ListSpec = {
  resource: 'stock-reservations',
  idColumn: 'r.id',
  idType: 'int',
  sortable: { id: 'r.id', created_at: 'r.created_at' },
  defaultSort: ['id', 'DESC'],
  filters: {
    sku: { type: 'text', column: 'r.sku' },
    cause: { type: 'enum', column: 'r.cause', values: RESERVATION_CAUSES },
    created_at: { type: 'date', column: 'r.created_at', range: true },
  },
};

/**
 * The ledger is read one SKU at a time (a Show page's list): `filter.sku`, one SKU, is required. Called
 * after parseListQuery, which has checked that the filter is a JSON object and the sku a string.
 */
function requireSku(rawFilter: unknown): void {
  const filter: unknown = typeof rawFilter === 'string' && rawFilter !== '' ? JSON.parse(rawFilter) : {};
  if (typeof (filter as { sku?: unknown }).sku !== 'string') {
    throw new BadRequestError('filter.sku is required: the reservation ledger is listed one SKU at a time.', {
      field: 'filter.sku',
    });
  }
}

type LedgerRow = { id: number; order_item_key: string } & Record<string, unknown>;

const NO_LINKS: LedgerLinks = { amazon_order_id: null, commerce_order_id: null, commerce_increment_id: null };

/**
 * Catalog > Stock > a SKU's reservation ledger: `GET /api/stock-reservations?filter={"sku":"..."}`, newest
 * first, each row with the Amazon and Commerce order it belongs to.
 */
export function stockReservationRoutes(knex: Knex): RouteDefinition[] {
  return [
    {
      method: 'get',
      path: '/api/stock-reservations',
      access: ALL_ROLES,
      summary: "List one SKU's reservation ledger (filter.sku required)",
      handler: async (req, res) => {
        const list = parseListQuery(req.query, reservationsList);
        requireSku(req.query.filter);
        const { rows, total } = await runList<LedgerRow>(ledgerQuery(knex), list, listOptions(req));
        const links = await ledgerLinks(
          knex,
          rows.map((row) => row.order_item_key),
        );
        const records = rows.map((row) => ({ ...row, ...(links.get(row.order_item_key) ?? NO_LINKS) }));
        sendList(res, reservationsList.resource, list, records, total);
      },
    },
  ];
}
