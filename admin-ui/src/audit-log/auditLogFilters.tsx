import { DateInput, TextInput } from 'react-admin';

// The API compares instants: a day picked in the browser starts at its local midnight and ends just
// before the next one.
const startOfDay = (value: string) => (value ? new Date(`${value}T00:00:00`).toISOString() : null);
const endOfDay = (value: string) => (value ? new Date(`${value}T23:59:59.999`).toISOString() : null);

/** The audit log's filters, those its API list accepts: user, action, resource (exact) and a date range. */
export const auditLogFilters = [
  <TextInput key="user" source="user" alwaysOn />,
  <TextInput key="action" source="action" alwaysOn />,
  <TextInput key="resource" source="resource" />,
  <TextInput key="record_id" source="record_id" />,
  <DateInput key="at_gte" source="at_gte" parse={startOfDay} alwaysOn />,
  <DateInput key="at_lte" source="at_lte" parse={endOfDay} alwaysOn />,
];
