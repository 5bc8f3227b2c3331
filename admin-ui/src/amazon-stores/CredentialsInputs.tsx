import { Typography } from '@mui/material';
import {
  PasswordInput,
  required,
  TextInput,
  useRecordContext,
  useTranslate,
  type Validator,
} from 'react-admin';
import type { AmazonStore, LwaCredentials } from '../types';
import { SectionTitle } from './SectionTitle';

const FIELDS = ['client_id', 'client_secret', 'refresh_token'] as const;

/** On Edit: all three or none. An empty field is refused only while another one is filled in. */
const allOrNone: Validator = (value: unknown, values: { credentials?: Partial<LwaCredentials> }) => {
  const typed = FIELDS.filter((field) => (values.credentials?.[field] ?? '').trim() !== '');
  const empty = typeof value !== 'string' || value.trim() === '';
  return typed.length > 0 && empty ? 'orderdesk.store_connection.all_or_none' : undefined;
};

/**
 * The store's Login with Amazon credentials, write-only: required on Create; on Edit the form says whether
 * some are stored, and fields left empty keep them. Browsers must not fill in the user's own password.
 */
export const CredentialsInputs = ({ mode }: { mode: 'create' | 'edit' }) => {
  const translate = useTranslate();
  const store = useRecordContext<AmazonStore>();
  const validate = mode === 'create' ? required() : allOrNone;
  const helperText = mode === 'create' ? false : 'orderdesk.store_connection.keep_current';
  return (
    <>
      <SectionTitle>{translate('orderdesk.store_connection.credentials')}</SectionTitle>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {mode === 'edit' &&
          `${translate(
            store?.has_credentials
              ? 'orderdesk.store_connection.credentials_set'
              : 'orderdesk.store_connection.credentials_missing',
          )} `}
        {translate(`orderdesk.store_connection.credentials_help_${mode}`)}
      </Typography>
      <TextInput
        source="credentials.client_id"
        label="orderdesk.store_connection.client_id"
        validate={validate}
        helperText={helperText}
        autoComplete="off"
      />
      <PasswordInput
        source="credentials.client_secret"
        label="orderdesk.store_connection.client_secret"
        validate={validate}
        helperText={helperText}
        autoComplete="new-password"
      />
      <PasswordInput
        source="credentials.refresh_token"
        label="orderdesk.store_connection.refresh_token"
        validate={validate}
        helperText={helperText}
        autoComplete="new-password"
      />
    </>
  );
};
