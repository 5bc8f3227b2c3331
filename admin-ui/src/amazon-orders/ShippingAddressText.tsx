import { Stack, Typography } from '@mui/material';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { hasDetails, type AmazonOrderDetails, type ShippingAddress } from './amazonOrderDetails';

/** The country's name in the user's language, after its code ("ES" -> "España (ES)"). */
const countryName = (code: string, locale: string): string => {
  try {
    const name = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' }).of(code);
    return name ? `${name} (${code})` : code;
  } catch {
    return code;
  }
};

const addressLines = (address: ShippingAddress, locale: string): string[] =>
  [
    address.name,
    address.company_name,
    address.address_line1,
    address.address_line2,
    address.address_line3,
    [address.city, address.state_or_region, address.postal_code].filter(Boolean).join(', '),
    address.country_code ? countryName(address.country_code, locale) : null,
    address.phone,
  ].filter((line): line is string => Boolean(line));

/** The shipping address as a label prints it, and who corrected it (a correction sync never overwrites). */
export const ShippingAddressText = () => {
  const order = useRecordContext<AmazonOrderDetails>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!hasDetails(order)) return null;
  const address = order.shipping_address;
  if (!address) {
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('orderdesk.amazon_order_details.no_address')}
      </Typography>
    );
  }
  return (
    <Stack spacing={1}>
      <Typography component="address" variant="body2" sx={{ fontStyle: 'normal' }}>
        {addressLines(address, locale).map((line, index) => (
          <span key={index}>
            {line}
            <br />
          </span>
        ))}
      </Typography>
      {address.corrected_at ? (
        <Typography variant="caption" color="text.secondary">
          {translate('orderdesk.amazon_order_details.address_corrected_by', {
            user: address.corrected_by ?? '?',
          })}{' '}
          <DateTimeField source="shipping_address.corrected_at" variant="caption" />
        </Typography>
      ) : null}
    </Stack>
  );
};
