import { required, SelectInput, TextInput, useLocaleState, useTranslate } from 'react-admin';
import { marketplaceChoices } from './marketplaces';

/**
 * The Amazon account a new store connects: the seller, and the marketplace, which also decides the region
 * (each marketplace is served by one region's endpoint).
 */
export const AccountInputs = () => {
  const [locale] = useLocaleState();
  const translate = useTranslate();
  return (
    <>
      <TextInput
        source="seller_id"
        label="orderdesk.store_connection.seller_id"
        helperText="orderdesk.store_connection.seller_id_help"
        validate={required()}
        autoComplete="off"
      />
      <SelectInput
        source="marketplace_id"
        label="orderdesk.store_connection.marketplace_id"
        choices={marketplaceChoices(locale, (region) => translate(`orderdesk.region.${region}`))}
        translateChoice={false}
        helperText="orderdesk.store_connection.marketplace_help"
        validate={required()}
      />
    </>
  );
};

/** Where the store's SP-API calls go: Amazon's endpoint for the region, or an override (the sandbox). */
export const EndpointInput = () => (
  <TextInput
    source="endpoint"
    label="orderdesk.store_connection.endpoint"
    helperText="orderdesk.store_connection.endpoint_help"
    autoComplete="off"
  />
);
