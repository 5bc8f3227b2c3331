import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Grid } from '@mui/material';
import { useId } from 'react';
import { Form, SaveButton, TextInput, useTranslate } from 'react-admin';
import type { AmazonOrderDetails, EditableAddressField } from './amazonOrderDetails';
import { addressValidators } from './addressValidation';
import { editableAddress, useCorrectAddress } from './useCorrectAddress';

export interface CorrectAddressDialogProps {
  order: AmazonOrderDetails;
  open: boolean;
  onClose: () => void;
}

/** The inputs, in a label's order; `wide` ones take the whole row. */
const INPUTS: readonly { field: EditableAddressField; wide?: boolean; autoComplete: string }[] = [
  { field: 'name', wide: true, autoComplete: 'shipping name' },
  { field: 'address_line1', wide: true, autoComplete: 'shipping address-line1' },
  { field: 'address_line2', wide: true, autoComplete: 'shipping address-line2' },
  { field: 'address_line3', wide: true, autoComplete: 'shipping address-line3' },
  { field: 'city', autoComplete: 'shipping address-level2' },
  { field: 'state_or_region', autoComplete: 'shipping address-level1' },
  { field: 'postal_code', autoComplete: 'shipping postal-code' },
  { field: 'country_code', autoComplete: 'shipping country' },
  { field: 'phone', autoComplete: 'shipping tel' },
];

/**
 * Correct the shipping address: the current address in an edit form, checked here for the obvious
 * mistakes and by the API for the rest (its messages appear under the inputs). Pessimistic: the dialog
 * closes once the API has kept the correction.
 */
export const CorrectAddressDialog = ({ order, open, onClose }: CorrectAddressDialogProps) => {
  const translate = useTranslate();
  const titleId = useId();
  const { submit, isPending, error, clearError } = useCorrectAddress(order, onClose);
  const close = () => {
    if (isPending) return;
    clearError();
    onClose();
  };
  return (
    <Dialog open={open} onClose={close} aria-labelledby={titleId} maxWidth="sm" fullWidth>
      <DialogTitle id={titleId}>
        {translate('orderdesk.address_form.dialog_title', { id: order.id })}
      </DialogTitle>
      <Form
        defaultValues={{ shipping_address: editableAddress(order.shipping_address) }}
        onSubmit={submit}
        noValidate
      >
        <DialogContent sx={{ pt: 0 }}>
          <Grid container columnSpacing={2}>
            {INPUTS.map(({ field, wide, autoComplete }) => (
              <Grid key={field} size={{ xs: 12, sm: wide ? 12 : 6 }}>
                <TextInput
                  source={`shipping_address.${field}`}
                  label={`orderdesk.address_form.${field}`}
                  validate={addressValidators[field]}
                  helperText={field === 'country_code' ? 'orderdesk.address_form.country_code_help' : false}
                  autoComplete={autoComplete}
                  disabled={isPending}
                  fullWidth
                  // Outlined: an error label on a filled input's grey falls short of AA contrast.
                  variant="outlined"
                />
              </Grid>
            ))}
          </Grid>
          {error ? (
            <Alert severity="error" role="alert">
              {translate(error, { _: error })}
            </Alert>
          ) : null}
        </DialogContent>
        <DialogActions>
          <Button onClick={close} disabled={isPending}>
            {translate('ra.action.cancel')}
          </Button>
          <SaveButton label="orderdesk.address_form.save" />
        </DialogActions>
      </Form>
    </Dialog>
  );
};
