import type { GetListParams, GetListResult } from 'react-admin';
import type { httpClient as HttpClient } from './httpClient';

/**
 * How far a list's total can be trusted. The API counts exactly up to a limit (10,000 by default) and
 * past it answers the database's estimate, saying so in `X-Total-Approximate` (api-contract.md):
 * `estimate` ("about 12,345") or `at-least` ("more than 10,000").
 */
export type TotalAccuracy = 'exact' | 'estimate' | 'at-least';

/** What our getList adds to react-admin's list result (read back with `useListContext().meta`). */
export interface ListMeta {
  totalAccuracy: TotalAccuracy;
}

const accuracyOf = (header: string | null): TotalAccuracy =>
  header === 'estimate' || header === 'at-least' ? header : 'exact';

/**
 * ra-data-simple-rest's getList (same query: `sort`, `range` end inclusive, `filter`; total from
 * `Content-Range`), which also keeps whether the total is approximate, as the result's `meta`.
 */
export const getListWithTotals =
  (apiUrl: string, httpClient: typeof HttpClient) =>
  async (resource: string, params: GetListParams): Promise<GetListResult> => {
    const { page, perPage } = params.pagination ?? { page: 1, perPage: 10 };
    const { field, order } = params.sort ?? { field: 'id', order: 'ASC' };
    const query = new URLSearchParams({
      sort: JSON.stringify([field, order]),
      range: JSON.stringify([(page - 1) * perPage, page * perPage - 1]),
      filter: JSON.stringify(params.filter ?? {}),
    });
    const { headers, json } = await httpClient(`${apiUrl}/${resource}?${query}`, { signal: params.signal });
    const total = Number.parseInt(headers.get('content-range')?.split('/').pop() ?? '', 10);
    if (!Array.isArray(json) || Number.isNaN(total)) throw new Error('ra.notification.http_error');
    const meta: ListMeta = { totalAccuracy: accuracyOf(headers.get('x-total-approximate')) };
    return { data: json as GetListResult['data'], total, meta };
  };
