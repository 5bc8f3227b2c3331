/** The Amazon orders grid filtered, newest first, in react-admin's list URL dialect (`filter` as JSON). */
export const amazonOrdersPath = (filter: Record<string, unknown> = {}): string => {
  const query = new URLSearchParams({
    filter: JSON.stringify(filter),
    sort: 'purchase_date',
    order: 'DESC',
  });
  return `/amazon-orders?${query}`;
};

/** Amazon Order Details of one order. */
export const amazonOrderPath = (id: string): string => `/amazon-orders/${encodeURIComponent(id)}/show`;
