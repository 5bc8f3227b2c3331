import { AutocompleteInput, ReferenceInput } from 'react-admin';

/** The Sync log's filters; the store one is always shown, so that a filtered log says whose runs it lists. */
export const syncRunFilters = [
  <ReferenceInput key="store_id" source="store_id" reference="amazon-stores" alwaysOn>
    <AutocompleteInput label="resources.amazon-sync-runs.fields.store_id" sx={{ minWidth: 280 }} />
  </ReferenceInput>,
];
