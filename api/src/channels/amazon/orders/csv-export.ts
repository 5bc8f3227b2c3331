import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Request, Response } from 'express';
import type { Knex } from 'knex';
import { stringify } from 'csv-stringify';
import { cursorRows } from '../../../http/cursor-rows.js';
import { orderList, parseListQuery } from '../../../http/list-query.js';
import { amazonOrdersList } from './list-spec.js';
import { amazonOrderExportQuery, EXPORT_COLUMNS, toCsvRecord, type ExportRow } from './export-columns.js';

async function* csvRecords(first: ExportRow[], rest: AsyncGenerator<ExportRow[]>) {
  try {
    for (const row of first) yield toCsvRecord(row);
    for await (const batch of rest) for (const row of batch) yield toCsvRecord(row);
  } finally {
    // Stopped early (the client went away): close the cursor's transaction now.
    await rest.return(undefined);
  }
}

const exportFileName = (now: Date) =>
  `amazon-orders-${now.toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-')}.csv`;

/**
 * `GET /api/amazon-orders/export.csv?filter=...&sort=...`: the whole filtered set, in the grid's order, as CSV.
 * Rows come from a cursor a batch at a time and go out as the client reads them (pipeline's backpressure).
 * The first batch is read before the headers, so a bad filter or a failing query still answers a JSON error.
 */
export async function sendAmazonOrdersCsv(knex: Knex, req: Request, res: Response): Promise<void> {
  const list = parseListQuery({ filter: req.query.filter, sort: req.query.sort }, amazonOrdersList);
  const query = orderList(amazonOrderExportQuery(knex).where(list.where), list);
  const batches = cursorRows<ExportRow>(knex, query);
  const first = await batches.next();

  res.status(200);
  res.setHeader('Content-Type', 'text/csv; charset=utf-8');
  res.setHeader('Content-Disposition', `attachment; filename="${exportFileName(new Date())}"`);
  res.setHeader('Cache-Control', 'no-store');
  // A byte order mark lets spreadsheet programs read the names' accents as UTF-8; formulas are defused.
  const csv = stringify({ header: true, columns: [...EXPORT_COLUMNS], bom: true, escape_formulas: true });
  try {
    await pipeline(Readable.from(csvRecords(first.done ? [] : first.value, batches)), csv, res);
  } catch (error) {
    // The answer is already under way, so it can only be cut short (pipeline destroyed it and the cursor's
    // transaction was rolled back). A client that went away is no failure; anything else is logged.
    if ((error as { code?: unknown }).code !== 'ERR_STREAM_PREMATURE_CLOSE') {
      req.log.error({ err: error }, 'CSV export failed');
    }
  }
}
