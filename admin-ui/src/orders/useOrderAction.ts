import { useMutation } from '@tanstack/react-query';
import { useLogoutIfAccessDenied, useNotify, useRefresh, type Identifier } from 'react-admin';
import { failureMessage } from '../amazon-orders/useCancellationMutations';
import { API_URL, httpClient } from '../httpClient';

/** The order actions' routes under `/api/orders/:id/` (api-contract.md). */
export type OrderActionPath =
  | 'invoices'
  | 'shipments'
  | 'credit-memos'
  | 'cancel'
  | 'hold'
  | 'unhold'
  | 'comments'
  | `shipments/${number}/confirmation/retry`;

/** POSTs an order action; the API refuses a state change without a JSON body, hence `{}` at least. */
const postOrderAction = async (orderId: Identifier, path: OrderActionPath, body: object = {}) => {
  const { json } = await httpClient(`${API_URL}/orders/${encodeURIComponent(String(orderId))}/${path}`, {
    method: 'POST',
    body: JSON.stringify(body),
  });
  return json;
};

/**
 * One order action as a pessimistic mutation: nothing changes on screen until the API has answered; then
 * a notification says it was done and the order view is read again. A refusal is notified with the API's
 * message (a 409 says which rule), and stays in `error` for the dialog to show; a 401 logs out.
 */
export const useOrderAction = (orderId: Identifier, path: OrderActionPath, successMessage: string) => {
  const notify = useNotify();
  const refresh = useRefresh();
  const logoutIfAccessDenied = useLogoutIfAccessDenied();
  return useMutation({
    mutationFn: (body: object = {}) => postOrderAction(orderId, path, body),
    onSuccess: () => {
      notify(successMessage, { type: 'success' });
      refresh();
    },
    onError: async (error: unknown) => {
      if (await logoutIfAccessDenied(error)) return;
      const message = failureMessage(error);
      notify(message, { type: 'error', messageArgs: { _: message } });
    },
  });
};
