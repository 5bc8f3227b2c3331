import { FormControl, FormControlLabel, FormLabel, Radio, RadioGroup } from '@mui/material';
import { useId } from 'react';
import { useTranslate } from 'react-admin';
import { AMAZON_CANCEL_REASONS, type AmazonCancelReason } from '../types';

const isReason = (value: string): value is AmazonCancelReason =>
  (AMAZON_CANCEL_REASONS as readonly string[]).includes(value);

export interface CancelReasonPickerProps {
  value: AmazonCancelReason | null;
  onChange: (reason: AmazonCancelReason) => void;
}

/** Amazon's ten cancel reasons as a labelled radio group, in Amazon's order. */
export const CancelReasonPicker = ({ value, onChange }: CancelReasonPickerProps) => {
  const translate = useTranslate();
  const labelId = useId();
  return (
    <FormControl>
      <FormLabel id={labelId}>{translate('orderdesk.cancellation.reason_label')}</FormLabel>
      <RadioGroup
        aria-labelledby={labelId}
        name="cancel-reason"
        value={value ?? ''}
        onChange={(event) => {
          if (isReason(event.target.value)) onChange(event.target.value);
        }}
      >
        {AMAZON_CANCEL_REASONS.map((reason) => (
          <FormControlLabel
            key={reason}
            value={reason}
            control={<Radio size="small" />}
            label={translate(`orderdesk.cancel_reason.${reason}`)}
          />
        ))}
      </RadioGroup>
    </FormControl>
  );
};
