import type { SavedQuery, SortPayload } from 'react-admin';

/** What a saved query holds: the list's state as react-admin saves it (its SavedQueriesList, FilterButton). */
export interface ListQueryState {
  filter: unknown;
  sort: SortPayload;
  perPage: number;
  displayedFilters: unknown;
}

// Keys sorted, so equal objects compare equal whatever order their keys were set in.
const canonical = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(canonical);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
  );
};

/** Whether a saved query is the list's current state (filters, sort, page size and filters shown). */
export const isCurrentQuery = (saved: SavedQuery, current: ListQueryState): boolean =>
  JSON.stringify(canonical(saved.value)) === JSON.stringify(canonical(current));

/** Whether two saved queries are the same one (same name and state). */
export const isSameSavedQuery = (a: SavedQuery, b: SavedQuery): boolean =>
  JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));

/** The saved queries without `query` (its first copy only, should the user have saved it twice). */
export const withoutSavedQuery = (queries: SavedQuery[], query: SavedQuery): SavedQuery[] => {
  const index = queries.findIndex((saved) => isSameSavedQuery(saved, query));
  return index < 0 ? queries : [...queries.slice(0, index), ...queries.slice(index + 1)];
};

/**
 * The list URL's query string that applies a saved query, first page, in one navigation (the list reads its
 * state from the URL): the same parameters as react-admin's own FilterButton, so one request, not one per part.
 */
export const savedQuerySearch = ({ value }: SavedQuery): string => {
  const params: Record<string, string | number | undefined> = {
    filter: JSON.stringify(value.filter ?? {}),
    sort: value.sort?.field,
    order: value.sort?.order,
    page: 1,
    perPage: value.perPage,
    displayedFilters: JSON.stringify(value.displayedFilters ?? {}),
  };
  return Object.entries(params)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, param]) => `${key}=${encodeURIComponent(param)}`)
    .join('&');
};
