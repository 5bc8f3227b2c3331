/**
 * Money as exact decimal strings (API, database) and integer cents in between: never floats.
 * Amounts here have at most two decimals (numeric(14,2)); more are rounded half away from zero.
 */
export function toCents(amount: string | number | null | undefined): number {
  if (amount === null || amount === undefined || amount === '') return 0;
  const text = String(amount).trim();
  const match = /^(-)?(\d+)(?:\.(\d+))?$/.exec(text);
  if (!match) throw new Error(`not an amount: ${text}`);
  const [, minus, whole, fraction = ''] = match;
  const thirdDigit = Number(fraction[2] ?? '0');
  const cents = Number(whole) * 100 + Number(fraction.slice(0, 2).padEnd(2, '0')) + (thirdDigit >= 5 ? 1 : 0);
  return minus ? -cents : cents;
}

export function fromCents(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
