import { DateField, useLocaleState, type DateFieldProps } from 'react-admin';

const DATE_TIME: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };

/** A timestamp (ISO 8601 from the API) shown in the user's locale and time zone. */
export const DateTimeField = (props: DateFieldProps) => {
  const [locale] = useLocaleState();
  return <DateField showTime locales={locale} options={DATE_TIME} {...props} />;
};
