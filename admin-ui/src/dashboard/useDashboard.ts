import { useQuery } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { OrderDeskDataProvider } from '../dataProvider';
import { browserTimeZone } from './dashboardApi';

/** The figures move with every sync: read them again every minute while the dashboard is open. */
const REFRESH_MS = 60_000;

/** `GET /api/dashboard` through the data provider (so a 401 logs out and a 403 only notifies). */
export const useDashboard = () => {
  const dataProvider = useDataProvider<OrderDeskDataProvider>();
  const timeZone = browserTimeZone();
  return useQuery({
    queryKey: ['dashboard', timeZone],
    queryFn: async () => (await dataProvider.getDashboard(timeZone)).data,
    refetchInterval: REFRESH_MS,
  });
};
