// Money in integer minor units (cents, or yen), turned into Amazon's `{CurrencyCode, Amount}` only at the
// edge, so totals add up exactly and never pass through floats.
import type { Money } from './model-types.js';
import type { Marketplace } from './marketplaces.js';

export function formatAmount(minorUnits: number, minorDigits: 0 | 2): string {
  if (minorDigits === 0) return String(minorUnits);
  const sign = minorUnits < 0 ? '-' : '';
  const abs = Math.abs(minorUnits);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

export function money(marketplace: Marketplace, minorUnits: number): Money {
  return { CurrencyCode: marketplace.currency, Amount: formatAmount(minorUnits, marketplace.minorDigits) };
}

/** Parses an Amount back to minor units (the sandbox only parses amounts it formatted itself). */
export function minorUnitsOf(amount: string, minorDigits: 0 | 2): number {
  if (minorDigits === 0) return Number.parseInt(amount, 10);
  const [whole = '0', fraction = ''] = amount.replace('-', '').split('.');
  const units = Number.parseInt(whole, 10) * 100 + Number.parseInt(fraction.padEnd(2, '0').slice(0, 2), 10);
  return amount.startsWith('-') ? -units : units;
}

/**
 * A catalog USD price ("12.99") in the marketplace's currency, in minor units: converted at the fixed
 * rate and rounded the way shops price (x.99, or to 10 yen).
 */
export function localUnitPrice(usdPrice: string, marketplace: Marketplace): number {
  const usdCents = minorUnitsOf(usdPrice, 2);
  if (marketplace.usdRate === 1) return usdCents;
  const converted = (usdCents * marketplace.usdRate) / 100;
  if (marketplace.minorDigits === 0) return Math.max(10, Math.round(converted / 10) * 10);
  return Math.max(99, Math.ceil(converted) * 100 - 1);
}

/** Tax on an amount, rounded half up to the minor unit. */
export function taxOn(minorUnits: number, percent: number): number {
  return Math.round((minorUnits * percent) / 100);
}
