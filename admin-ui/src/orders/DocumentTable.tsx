import { Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatDateTime } from '../common/DateTimeField';
import type { DocumentLine } from './orderTypes';

export interface DocumentColumn<T> {
  /** Translation key of the heading. */
  label: string;
  align?: 'right';
  render: (document: T) => ReactNode;
}

/** A document's lines in one cell: "Mug (OD-MUG-001) × 2". */
export const LinesText = ({ lines }: { lines: readonly DocumentLine[] }) => (
  <>
    {lines.map((line) => (
      <div key={line.order_item_id}>
        {line.name ? `${line.name} (${line.sku})` : line.sku} × {line.qty}
      </div>
    ))}
  </>
);

/** A timestamp in the user's locale. */
export const useDateTime = () => {
  const [locale] = useLocaleState();
  return (iso: string) => formatDateTime(new Date(iso), locale);
};

/** The invoices, shipments or credit memos of an order, one row each, or a line saying there are none. */
export function DocumentTable<T extends { id: number }>({
  documents,
  columns,
  empty,
  caption,
}: {
  documents: readonly T[];
  columns: readonly DocumentColumn<T>[];
  /** Translation key of the text shown when there is none. */
  empty: string;
  /** Translation key naming the table for assistive technology. */
  caption: string;
}) {
  const translate = useTranslate();
  if (documents.length === 0) return <Typography variant="body2">{translate(empty)}</Typography>;
  return (
    <TableContainer>
      <Table size="small" aria-label={translate(caption)}>
        <TableHead>
          <TableRow>
            {columns.map((column) => (
              <TableCell key={column.label} align={column.align}>
                {translate(column.label)}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {documents.map((document) => (
            <TableRow key={document.id}>
              {columns.map((column) => (
                <TableCell key={column.label} align={column.align}>
                  {column.render(document)}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
