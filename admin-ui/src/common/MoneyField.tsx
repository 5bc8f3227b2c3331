import { Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useLocaleState, useRecordContext } from 'react-admin';
import { numberFormat } from './intlFormats';

export interface MoneyFieldProps {
  /** The amount, a decimal string as the API sends money (or a number). */
  source: string;
  /** The ISO 4217 currency code of the same record. */
  currencySource?: string;
  label?: ReactNode;
  sortable?: boolean;
}

const DECIMAL = /^-?\d+(\.\d+)?$/;

/**
 * Formats money in the user's locale without going through a float: Intl.NumberFormat accepts the
 * decimal string itself, so '19.99' never becomes 19.989999...
 */
export const formatMoney = (amount: string | number, currency: unknown, locale: string): string => {
  const value = typeof amount === 'number' ? amount : (amount as Intl.StringNumericLiteral);
  const options: Intl.NumberFormatOptions =
    typeof currency === 'string' && currency !== ''
      ? { style: 'currency', currency }
      : { minimumFractionDigits: 2 };
  try {
    return numberFormat(locale, options).format(value);
  } catch {
    // An unknown currency code: show the figures as the API sent them.
    return typeof currency === 'string' ? `${amount} ${currency}` : String(amount);
  }
};

export const MoneyField = ({ source, currencySource = 'currency' }: MoneyFieldProps) => {
  const record = useRecordContext();
  const [locale] = useLocaleState();
  const amount: unknown = record?.[source];
  const valid = typeof amount === 'number' || (typeof amount === 'string' && DECIMAL.test(amount));
  if (!record || !valid) return null;
  return (
    <Typography component="span" variant="body2" sx={{ fontVariantNumeric: 'tabular-nums' }}>
      {formatMoney(amount, record[currencySource], locale)}
    </Typography>
  );
};
