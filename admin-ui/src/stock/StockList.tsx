import { DataTable, List, useLocaleState } from 'react-admin';
import { RecordLinkField } from '../common/RecordLinkField';

/** Catalog > Stock: per SKU, on hand minus reserved is salable (Magento MSI); a SKU opens its ledger. */
export const StockList = () => {
  const [locale] = useLocaleState();
  return (
    <List sort={{ field: 'id', order: 'ASC' }} perPage={25} exporter={false}>
      <DataTable bulkActionButtons={false} rowClick="show">
        <DataTable.Col source="id">
          <RecordLinkField source="id" />
        </DataTable.Col>
        <DataTable.Col source="name" />
        <DataTable.NumberCol source="on_hand" locales={locale} />
        <DataTable.NumberCol source="reserved" locales={locale} />
        <DataTable.NumberCol source="salable" locales={locale} />
      </DataTable>
    </List>
  );
};
