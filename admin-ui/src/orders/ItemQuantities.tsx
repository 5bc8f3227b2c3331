import { Table, TableBody, TableCell, TableHead, TableRow, TextField } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import type { OrderItem } from './orderTypes';

/** Quantities typed per order line, by line id, as the inputs hold them (text). */
export type Quantities = Record<number, string>;

const WHOLE = /^\d+$/;

/** A typed quantity when it is a whole number within the line's limit, otherwise null. */
const validQuantity = (text: string | undefined, max: number): number | null => {
  if (text === undefined || !WHOLE.test(text.trim())) return null;
  const qty = Number(text.trim());
  return qty <= max ? qty : null;
};

/**
 * The per-line quantities of an invoice, a shipment or a credit memo: every line that may take some, each
 * at its full quantity to begin with (Magento's default). `lines` answers what the API expects.
 */
export const useItemQuantities = (items: readonly OrderItem[], maxOf: (item: OrderItem) => number) => {
  const eligible = items.filter((item) => maxOf(item) > 0);
  const full = () => Object.fromEntries(eligible.map((item) => [item.id, String(maxOf(item))]));
  const [quantities, setQuantities] = useState<Quantities>(full);
  const parsed = eligible.map((item) => ({ item, qty: validQuantity(quantities[item.id], maxOf(item)) }));
  const valid = parsed.every(({ qty }) => qty !== null);
  const total = parsed.reduce((sum, { qty }) => sum + (qty ?? 0), 0);
  return {
    eligible,
    quantities,
    setQuantity: (id: number, text: string) => setQuantities((current) => ({ ...current, [id]: text })),
    reset: () => setQuantities(full()),
    valid,
    total,
    isFull: valid && parsed.every(({ item, qty }) => qty === maxOf(item)),
    lines: parsed.map(({ item, qty }) => ({ order_item_id: item.id, qty: qty ?? 0 })),
  };
};

export interface ItemQuantitiesProps {
  items: readonly OrderItem[];
  quantities: Quantities;
  maxOf: (item: OrderItem) => number;
  onChange: (id: number, text: string) => void;
  /** Heading of the "how many may still be ..." column (translation key). */
  availableLabel: string;
  /** Heading of the input column (translation key). */
  quantityLabel: string;
}

/** One row per line: product, SKU, what is left, and the quantity to take (0 leaves the line out). */
export const ItemQuantities = ({
  items,
  quantities,
  maxOf,
  onChange,
  availableLabel,
  quantityLabel,
}: ItemQuantitiesProps) => {
  const translate = useTranslate();
  return (
    <Table size="small" sx={{ mb: 2 }}>
      <TableHead>
        <TableRow>
          <TableCell>{translate('orderdesk.order_view.product')}</TableCell>
          <TableCell>{translate('orderdesk.order_view.sku')}</TableCell>
          <TableCell align="right">{translate(availableLabel)}</TableCell>
          <TableCell align="right">{translate(quantityLabel)}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {items.map((item) => {
          const max = maxOf(item);
          const text = quantities[item.id] ?? '';
          const invalid = validQuantity(text, max) === null;
          return (
            <TableRow key={item.id}>
              <TableCell>{item.name ?? item.sku}</TableCell>
              <TableCell>{item.sku}</TableCell>
              <TableCell align="right">{max}</TableCell>
              <TableCell align="right">
                <TextField
                  type="number"
                  size="small"
                  value={text}
                  onChange={(event) => onChange(item.id, event.target.value)}
                  error={invalid}
                  helperText={invalid ? translate('orderdesk.order_view.qty_range', { max }) : undefined}
                  slotProps={{
                    htmlInput: {
                      min: 0,
                      max,
                      step: 1,
                      'aria-label': translate('orderdesk.order_view.qty_for', { sku: item.sku }),
                    },
                  }}
                  sx={{ width: 110 }}
                />
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
};
