import { Tab, Tabs } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { memo, useMemo, type SyntheticEvent } from 'react';
import { useDataProvider, useEvent, useListFilterContext, useLocaleState, useTranslate } from 'react-admin';
import type { AmazonOrderStatusCounts, OrderDeskDataProvider } from '../dataProvider';
import type { AmazonOrderStatus } from '../types';
import { AMAZON_ORDER_STATUSES } from './amazonOrderStatuses';

const ALL = 'all';

/** The other filters: each tab counts its status under them, as the list would show it. */
const withoutStatus = (filter: Record<string, unknown>) => {
  const { status: _status, ...rest } = filter;
  return rest;
};

interface StatusTabsProps {
  value: string;
  counts: AmazonOrderStatusCounts | undefined;
  onChange: (event: SyntheticEvent, next: string) => void;
}

// Memoized: Material UI's Tabs measure the page after every render of theirs (a forced layout), so they
// render again only when the selected tab or the counts change, not on each change of the list's state.
const StatusTabs = memo(({ value, counts, onChange }: StatusTabsProps) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  // Past the API's exact-count limit a big status is an estimate ("Shipped (~765,302)") or a lower bound.
  const label = (text: string, key: AmazonOrderStatus | 'total') => {
    const count = key === 'total' ? counts?.total : counts?.statuses[key];
    const approximate = counts?.approximate?.[key];
    const message =
      approximate === 'estimate' ? 'tab_about' : approximate === 'at-least' ? 'tab_more_than' : 'tab';
    return translate(`orderdesk.amazon_grid.${message}`, {
      label: text,
      count: count === undefined ? '…' : count.toLocaleString(locale),
    });
  };
  return (
    <Tabs
      value={value}
      onChange={onChange}
      variant="scrollable"
      scrollButtons="auto"
      aria-label={translate('orderdesk.amazon_grid.tabs_label')}
      // Width 0 and min-width 100%: the tabs scroll within the list rather than widen the page.
      sx={{ borderBottom: 1, borderColor: 'divider', width: 0, minWidth: '100%' }}
    >
      <Tab value={ALL} label={label(translate('orderdesk.amazon_grid.all'), 'total')} />
      {AMAZON_ORDER_STATUSES.map((code) => (
        <Tab key={code} value={code} label={label(translate(`orderdesk.amazon_status.${code}`), code)} />
      ))}
    </Tabs>
  );
});
StatusTabs.displayName = 'StatusTabs';

/**
 * Status tabs above the Amazon orders grid (Magento's and Seller Central's order views): All and each Amazon
 * status, with the number of orders the other filters leave in it, counted by the API (estimated past its
 * exact-count limit).
 */
export const AmazonOrderStatusTabs = () => {
  const { filterValues, displayedFilters, setFilters } = useListFilterContext();
  const dataProvider = useDataProvider<OrderDeskDataProvider>();
  // By content: the list hands over equal filters as new objects on many of its renders.
  const othersKey = JSON.stringify(withoutStatus(filterValues));
  const others = useMemo(() => JSON.parse(othersKey) as Record<string, unknown>, [othersKey]);
  const { data } = useQuery({
    queryKey: ['amazon-orders', 'status-counts', others],
    queryFn: () => dataProvider.amazonOrderStatusCounts(others).then(({ data }) => data),
  });
  const status: unknown = filterValues.status;
  const current = typeof status === 'string' && AMAZON_ORDER_STATUSES.includes(status as AmazonOrderStatus);

  const select = useEvent((_event: SyntheticEvent, next: string) =>
    setFilters(next === ALL ? others : { ...others, status: next }, displayedFilters),
  );

  return <StatusTabs value={current ? (status as string) : ALL} counts={data} onChange={select} />;
};
