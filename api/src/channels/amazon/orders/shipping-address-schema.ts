import countries from 'i18n-iso-countries';
import { postcodeValidator, postcodeValidatorExistsForCountry } from 'postcode-validator';
import { z } from 'zod';

// Printable text only: a control character in an address breaks labels and carrier files.
const PRINTABLE = /^[^\p{Cc}]*$/u;
// Where no country rule is known: letters, digits, spaces and hyphens, starting and ending alike.
const GENERIC_POSTAL_CODE = /^[\p{L}\p{N}](?:[\p{L}\p{N} -]*[\p{L}\p{N}])?$/u;
const ALPHA2 = new Set(Object.keys(countries.getAlpha2Codes()));

const requiredText = (field: string, max: number) =>
  z
    .string({ error: `${field} is required.` })
    .trim()
    .min(1, `${field} is required.`)
    .max(max, `${field} is at most ${max} characters.`)
    .regex(PRINTABLE, `${field} may not hold control characters.`);

/** An optional line: missing, null or blank all mean "none" (stored as null). */
const optionalText = (field: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${field} is at most ${max} characters.`)
    .regex(PRINTABLE, `${field} may not hold control characters.`)
    .nullish()
    .transform((value) => (value ? value : null));

/**
 * A corrected shipping address as staff type it: required name, first line, city, postal code (where the
 * country has postal codes) and an ISO 3166-1 alpha-2 country code; the postal code must fit the country's
 * format when one is known. Unknown fields are refused.
 */
export const shippingAddressInput = z
  .strictObject({
    name: requiredText('Name', 100),
    address_line1: requiredText('Address line 1', 180),
    address_line2: optionalText('Address line 2', 180),
    address_line3: optionalText('Address line 3', 180),
    city: requiredText('City', 100),
    state_or_region: optionalText('State or region', 100),
    postal_code: optionalText('Postal code', 20),
    country_code: z
      .string({ error: 'Country code is required.' })
      .trim()
      .toUpperCase()
      .refine(
        (code) => ALPHA2.has(code),
        'Country code must be an ISO 3166-1 alpha-2 code, such as US or ES.',
      ),
    phone: optionalText('Phone', 40),
  })
  .superRefine((address, ctx) => {
    const { postal_code: postalCode, country_code: country } = address;
    if (!ALPHA2.has(country)) return;
    const countryHasRule = postcodeValidatorExistsForCountry(country);
    if (postalCode === null) {
      if (countryHasRule)
        ctx.addIssue({ code: 'custom', path: ['postal_code'], message: 'Postal code is required.' });
      return;
    }
    const valid = countryHasRule
      ? postcodeValidator(postalCode, country)
      : GENERIC_POSTAL_CODE.test(postalCode);
    if (!valid)
      ctx.addIssue({
        code: 'custom',
        path: ['postal_code'],
        message: `Postal code ${postalCode} is not a valid postal code for ${country}.`,
      });
  });

export type ShippingAddressInput = z.infer<typeof shippingAddressInput>;

/** `PUT /api/amazon-orders/:id`: only the shipping address may be edited. */
export const amazonOrderUpdateBody = z.strictObject({ shipping_address: shippingAddressInput });
