import { DataTable, List, useLocaleState } from 'react-admin';

/** Catalog > Stock: per SKU, on hand minus reserved is salable (Magento MSI). */
export const StockList = () => {
  const [locale] = useLocaleState();
  return (
    <List sort={{ field: 'id', order: 'ASC' }} perPage={25} exporter={false}>
      <DataTable bulkActionButtons={false} rowClick={false}>
        <DataTable.Col source="id" />
        <DataTable.Col source="name" />
        <DataTable.NumberCol source="on_hand" locales={locale} />
        <DataTable.NumberCol source="reserved" locales={locale} />
        <DataTable.NumberCol source="salable" locales={locale} />
      </DataTable>
    </List>
  );
};
