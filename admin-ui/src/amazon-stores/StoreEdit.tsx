import {
  Edit,
  maxLength,
  required,
  SaveButton,
  SimpleForm,
  TextInput,
  Toolbar,
  useTranslate,
} from 'react-admin';
import type { AmazonStore } from '../types';
import { EndpointInput } from './AccountInputs';
import { CredentialsInputs } from './CredentialsInputs';
import { SectionTitle } from './SectionTitle';
import { toStoreChanges } from './storeSettings';
import { StoreSettingsInputs } from './StoreSettingsInputs';

// Stores are not deleted from here (their orders stay theirs): Save only.
const StoreEditToolbar = () => (
  <Toolbar>
    <SaveButton />
  </Toolbar>
);

/**
 * A store's name, endpoint, order settings (Adobe Amazon Sales Channel) and credentials, for admins and
 * managers. The seller and marketplace stay: the store's orders belong to them.
 */
export const StoreEdit = () => {
  const translate = useTranslate();
  return (
    <Edit<AmazonStore> mutationMode="pessimistic" redirect="show" transform={toStoreChanges}>
      <SimpleForm toolbar={<StoreEditToolbar />} sx={{ maxWidth: 640 }}>
        <TextInput source="name" validate={[required(), maxLength(200)]} autoComplete="off" />
        <EndpointInput />
        <SectionTitle>{translate('orderdesk.store_connection.order_settings')}</SectionTitle>
        <StoreSettingsInputs />
        <CredentialsInputs mode="edit" />
      </SimpleForm>
    </Edit>
  );
};
