import {
  Create,
  maxLength,
  required,
  SimpleForm,
  TextInput,
  useNotify,
  useRedirect,
  useTranslate,
} from 'react-admin';
import type { AmazonStore } from '../types';
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
  const notify = useNotify();
  const redirect = useRedirect();
  // Says which store was connected and when it syncs, rather than react-admin's "Element created".
  const onSuccess = (store: AmazonStore) => {
    notify('orderdesk.store_connection.connected', {
      type: 'success',
      messageArgs: { name: store.name, smart_count: store.sync_interval_minutes },
    });
    redirect('show', 'amazon-stores', store.id);
  };
  return (
    <Create redirect="show" transform={toNewStore} mutationOptions={{ onSuccess }}>
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
