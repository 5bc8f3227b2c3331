import { Create, maxLength, required, SimpleForm, TextInput, useTranslate } from 'react-admin';
import { AccountInputs, EndpointInput } from './AccountInputs';
import { CredentialsInputs } from './CredentialsInputs';
import { SectionTitle } from './SectionTitle';
import { NEW_STORE_DEFAULTS, toNewStore } from './storeSettings';
import { StoreSettingsInputs } from './StoreSettingsInputs';

/**
 * Amazon > Stores > Create (admins and managers): one seller account on one marketplace, its endpoint
 * (Amazon's, or the local sandbox), its write-only credentials and its order settings. The API checks
 * everything again and its messages show under the fields.
 */
export const StoreCreate = () => {
  const translate = useTranslate();
  return (
    <Create redirect="show" transform={toNewStore}>
      <SimpleForm defaultValues={NEW_STORE_DEFAULTS} sx={{ maxWidth: 640 }}>
        <TextInput source="name" validate={[required(), maxLength(200)]} autoComplete="off" />
        <SectionTitle>{translate('orderdesk.store_connection.account')}</SectionTitle>
        <AccountInputs />
        <EndpointInput />
        <CredentialsInputs mode="create" />
        <SectionTitle>{translate('orderdesk.store_connection.order_settings')}</SectionTitle>
        <StoreSettingsInputs />
      </SimpleForm>
    </Create>
  );
};
