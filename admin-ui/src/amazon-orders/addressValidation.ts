import { maxLength, regex, required, type Validator } from 'react-admin';
import type { EditableAddressField } from './amazonOrderDetails';

// The API checks the same and more (each country's postal code format, the ISO 3166-1 list); these
// catch the obvious mistakes before a round trip, in the user's language.
const POSTAL_CODE = /^[\p{L}\p{N}](?:[\p{L}\p{N} -]*[\p{L}\p{N}])?$/u;
const COUNTRY_CODE = /^[A-Za-z]{2}$/;

export const addressValidators: Record<EditableAddressField, Validator[]> = {
  name: [required(), maxLength(100)],
  address_line1: [required(), maxLength(180)],
  address_line2: [maxLength(180)],
  address_line3: [maxLength(180)],
  city: [required(), maxLength(100)],
  state_or_region: [maxLength(100)],
  postal_code: [maxLength(20), regex(POSTAL_CODE, 'orderdesk.address_form.postal_code_invalid')],
  country_code: [required(), regex(COUNTRY_CODE, 'orderdesk.address_form.country_code_invalid')],
  phone: [maxLength(40)],
};
