import { useMutation } from '@tanstack/react-query';
import { useDataProvider, useNotify, useRefresh, type Identifier } from 'react-admin';
import type { OrderDeskDataProvider } from '../dataProvider';
import type { AmazonCancelReason } from '../types';

/** The API's message (a 409 says which rule refused it), or react-admin's generic one's key. */
export const failureMessage = (error: unknown): string =>
  error instanceof Error && error.message ? error.message : 'ra.notification.http_error';

const useNotifyFailure = () => {
  const notify = useNotify();
  return (error: unknown) => {
    const message = failureMessage(error);
    notify(message, { type: 'error', messageArgs: { _: message } });
  };
};

/**
 * Asks Amazon to cancel the order with a reason (a custom dataProvider method, so react-query's useMutation
 * as react-admin recommends). Pessimistic: nothing changes on screen until the API has answered.
 */
export const useCancelAmazonOrder = (id: Identifier) => {
  const dataProvider = useDataProvider<OrderDeskDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const notifyFailure = useNotifyFailure();
  return useMutation({
    mutationFn: (reason: AmazonCancelReason) => dataProvider.cancelAmazonOrder(id, reason),
    onSuccess: (answer) => {
      // After a 401, react-admin logs out and the promise resolves without a record: nothing to announce.
      if (answer?.data) notify('orderdesk.cancellation.requested_notice', { type: 'success' });
      refresh();
    },
    onError: notifyFailure,
  });
};

/** Sends again a cancellation that could not reach Amazon. */
export const useRetryAmazonCancel = (id: Identifier) => {
  const dataProvider = useDataProvider<OrderDeskDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const notifyFailure = useNotifyFailure();
  return useMutation({
    mutationFn: () => dataProvider.retryAmazonCancel(id),
    onSuccess: (answer) => {
      if (answer?.data) notify('orderdesk.cancellation.retried', { type: 'success' });
      refresh();
    },
    onError: notifyFailure,
  });
};
