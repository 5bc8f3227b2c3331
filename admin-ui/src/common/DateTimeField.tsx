import { Typography } from '@mui/material';
import {
  sanitizeFieldRestProps,
  useFieldValue,
  useLocaleState,
  useTranslate,
  type DateFieldProps,
} from 'react-admin';
import { dateTimeFormat } from './intlFormats';

const DATE_TIME: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };

const toDate = (value: unknown): Date | undefined =>
  value instanceof Date
    ? value
    : typeof value === 'string' || typeof value === 'number'
      ? new Date(value)
      : undefined;

/** A timestamp as the grid shows it: medium date, short time, in `locale` (and the browser's time zone). */
export const formatDateTime = (date: Date, locale: string): string =>
  // What Date#toLocaleString answers for an invalid date, where a formatter would throw.
  Number.isNaN(date.getTime()) ? 'Invalid Date' : dateTimeFormat(locale, DATE_TIME).format(date);

/**
 * A timestamp (ISO 8601 from the API) shown in the user's locale and time zone: what react-admin's
 * <DateField showTime> shows, with one formatter per locale instead of one per value (a grid page shows a
 * hundred of them).
 */
export const DateTimeField = (props: DateFieldProps) => {
  const {
    className,
    emptyText,
    locales: _locales,
    options: _options,
    showTime: _showTime,
    showDate: _showDate,
    transform = toDate,
    ...rest
  } = props;
  const value: unknown = useFieldValue(props);
  const [locale] = useLocaleState();
  const translate = useTranslate();
  if (value == null || value === '') {
    return emptyText ? (
      <Typography component="span" variant="body2" className={className} {...sanitizeFieldRestProps(rest)}>
        {translate(emptyText, { _: emptyText })}
      </Typography>
    ) : null;
  }
  const date = transform(value);
  return (
    <Typography component="span" variant="body2" className={className} {...sanitizeFieldRestProps(rest)}>
      {date ? formatDateTime(date, locale) : ''}
    </Typography>
  );
};
