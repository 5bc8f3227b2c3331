import { Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useFieldValue, useTranslate } from 'react-admin';
import { displayText } from './displayText';

export interface EnumFieldProps {
  source: string;
  /** Translation prefix: the value `v` is shown as `<prefix>.v` (e.g. orderdesk.amazon_status.Unshipped). */
  prefix: string;
  label?: ReactNode;
  sortable?: boolean;
}

/**
 * A code from a fixed set (status, role, a boolean setting...) shown by its translated label. A value
 * the translations do not know yet is shown as the API sent it rather than as a missing key.
 */
export const EnumField = ({ source, prefix }: EnumFieldProps) => {
  const value: unknown = useFieldValue({ source });
  const translate = useTranslate();
  const code = displayText(value);
  if (code === null) return null;
  return (
    <Typography component="span" variant="body2">
      {translate(`${prefix}.${code}`, { _: code })}
    </Typography>
  );
};
