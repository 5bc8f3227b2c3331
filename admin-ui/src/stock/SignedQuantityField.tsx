import { Typography } from '@mui/material';
import { useFieldValue, useLocaleState } from 'react-admin';
import { numberFormat } from '../common/intlFormats';

const SIGNED: Intl.NumberFormatOptions = { signDisplay: 'always' };

/** A ledger quantity with its sign always shown: −2 reserves two units, +2 gives them back. */
export const SignedQuantityField = ({ source }: { source: string }) => {
  const value: unknown = useFieldValue({ source });
  const [locale] = useLocaleState();
  if (typeof value !== 'number') return null;
  return (
    <Typography component="span" variant="body2" sx={{ fontVariantNumeric: 'tabular-nums' }}>
      {numberFormat(locale, SIGNED).format(value)}
    </Typography>
  );
};
