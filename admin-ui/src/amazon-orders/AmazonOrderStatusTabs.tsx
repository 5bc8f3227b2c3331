import { Tab, Tabs } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import type { SyntheticEvent } from 'react';
import { useDataProvider, useListContext, useTranslate } from 'react-admin';
import type { OrderDeskDataProvider } from '../dataProvider';
import type { AmazonOrderStatus } from '../types';
import { AMAZON_ORDER_STATUSES } from './amazonOrderStatuses';

const ALL = 'all';

/** The other filters: each tab counts its status under them, as the list would show it. */
const withoutStatus = (filter: Record<string, unknown>) => {
  const { status: _status, ...rest } = filter;
  return rest;
};

/**
 * Status tabs above the Amazon orders grid (Magento's and Seller Central's order views): All and each Amazon
 * status, with the exact number of orders the other filters leave in it, counted by the API.
 */
export const AmazonOrderStatusTabs = () => {
  const { filterValues, displayedFilters, setFilters } = useListContext();
  const dataProvider = useDataProvider<OrderDeskDataProvider>();
  const translate = useTranslate();
  const others = withoutStatus(filterValues);
  const { data } = useQuery({
    queryKey: ['amazon-orders', 'status-counts', others],
    queryFn: () => dataProvider.amazonOrderStatusCounts(others).then(({ data }) => data),
  });
  const status: unknown = filterValues.status;
  const current = typeof status === 'string' && AMAZON_ORDER_STATUSES.includes(status as AmazonOrderStatus);
  const value = current ? (status as string) : ALL;

  const select = (_event: SyntheticEvent, next: string) =>
    setFilters(next === ALL ? others : { ...others, status: next }, displayedFilters);
  const label = (text: string, count: number | undefined) =>
    translate('orderdesk.amazon_grid.tab', { label: text, count: count ?? '…' });

  return (
    <Tabs
      value={value}
      onChange={select}
      variant="scrollable"
      scrollButtons="auto"
      aria-label={translate('orderdesk.amazon_grid.tabs_label')}
      // Width 0 and min-width 100%: the tabs scroll within the list rather than widen the page.
      sx={{ borderBottom: 1, borderColor: 'divider', width: 0, minWidth: '100%' }}
    >
      <Tab value={ALL} label={label(translate('orderdesk.amazon_grid.all'), data?.total)} />
      {AMAZON_ORDER_STATUSES.map((code) => (
        <Tab
          key={code}
          value={code}
          label={label(translate(`orderdesk.amazon_status.${code}`), data?.statuses[code])}
        />
      ))}
    </Tabs>
  );
};
