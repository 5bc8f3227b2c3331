import { Typography } from '@mui/material';
import { useFieldValue, useTranslate } from 'react-admin';

/** A flag shown as Yes or No in the user's language (nothing when the API sent none). */
export const YesNoField = ({ source }: { source: string }) => {
  const value: unknown = useFieldValue({ source });
  const translate = useTranslate();
  if (typeof value !== 'boolean') return null;
  return (
    <Typography component="span" variant="body2">
      {translate(value ? 'ra.boolean.true' : 'ra.boolean.false')}
    </Typography>
  );
};
