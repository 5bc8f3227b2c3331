import { Typography } from '@mui/material';
import { ReferenceField, Show, SimpleShowLayout, TextField, useRecordContext } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import type { OutboundEmail } from './index';

/** The message as it was sent: plain text, its line breaks kept. */
const EmailBody = (_props: { label?: string }) => {
  const email = useRecordContext<OutboundEmail>();
  if (!email) return null;
  return (
    <Typography component="pre" variant="body2" sx={{ whiteSpace: 'pre-wrap', fontFamily: 'inherit', m: 0 }}>
      {email.body}
    </Typography>
  );
};

export const OutboundEmailShow = () => (
  <Show>
    <SimpleShowLayout>
      <DateTimeField source="created_at" />
      <TextField source="to" />
      <TextField source="subject" />
      <ReferenceField source="order_id" reference="orders" />
      <EmailBody label="resources.outbound-emails.fields.body" />
    </SimpleShowLayout>
  </Show>
);
