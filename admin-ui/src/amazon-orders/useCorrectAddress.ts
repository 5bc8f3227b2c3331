import { useState } from 'react';
import { HttpError, useNotify, useUpdate } from 'react-admin';
import { EDITABLE_ADDRESS_FIELDS, type AmazonOrderDetails, type EditableAddress } from './amazonOrderDetails';

/** The editable fields of an address, and nothing else (the API refuses unknown fields). */
export const editableAddress = (address: object | null | undefined): EditableAddress =>
  Object.fromEntries(
    EDITABLE_ADDRESS_FIELDS.map((field) => {
      const value = (address as Partial<Record<string, unknown>> | null | undefined)?.[field];
      return [field, typeof value === 'string' && value !== '' ? value : null];
    }),
  ) as EditableAddress;

const INPUT_NAMES = new Set(EDITABLE_ADDRESS_FIELDS.map((field) => `shipping_address.${field}`));

/** A 400's messages for the form's own inputs (`{'shipping_address.city': '...'}`), if it has any. */
const fieldErrorsOf = (error: unknown): Record<string, string> | undefined => {
  if (!(error instanceof HttpError) || error.status !== 400) return undefined;
  const errors = (error.body as { errors?: Record<string, string> } | null)?.errors ?? {};
  const mine = Object.entries(errors).filter(([name]) => INPUT_NAMES.has(name));
  return mine.length > 0 ? Object.fromEntries(mine) : undefined;
};

/**
 * Sends the corrected address (`PUT /api/amazon-orders/:id`, pessimistic) and answers what react-admin's
 * Form expects from onSubmit: nothing, or the API's field errors to show under each input. Any other
 * refusal (a 409: shipped meanwhile) is kept in `error` for the dialog, and notified.
 */
export const useCorrectAddress = (order: AmazonOrderDetails, onDone: () => void) => {
  // Untyped: the request carries an editable address, the answer the whole order.
  const [update, { isPending }] = useUpdate();
  const notify = useNotify();
  const [error, setError] = useState<string | null>(null);
  const submit = async (values: Record<string, unknown>) => {
    setError(null);
    const shipping_address = editableAddress(values.shipping_address as object | undefined);
    try {
      await update(
        'amazon-orders',
        { id: order.id, data: { shipping_address }, previousData: order },
        { mutationMode: 'pessimistic', returnPromise: true },
      );
      notify('orderdesk.address_form.saved', { type: 'success' });
      onDone();
      return undefined;
    } catch (caught) {
      const fieldErrors = fieldErrorsOf(caught);
      if (fieldErrors) return fieldErrors;
      const message =
        caught instanceof Error && caught.message ? caught.message : 'ra.notification.http_error';
      setError(message);
      notify(message, { type: 'error', messageArgs: { _: message } });
      return undefined;
    }
  };
  return { submit, isPending, error, clearError: () => setError(null) };
};
