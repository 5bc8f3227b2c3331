// Amazon writes its Orders dates as ISO 8601 in UTC without milliseconds ("2024-05-01T12:00:00Z"); the
// sandbox keeps its clock at whole seconds so that what it compares is exactly what it shows.

export function toAmazonDate(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Feeds 2021-06-30 uses RFC 3339 date-time with milliseconds, as its examples show. */
export function toFeedsDate(ms: number): string {
  return new Date(ms).toISOString();
}

export function wholeSeconds(ms: number): number {
  return Math.floor(ms / 1000) * 1000;
}

const ISO_8601 = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i;

/** Milliseconds of an ISO 8601 date or date-time, or null when it is not one. */
export function parseIsoDate(value: string): number | null {
  if (!ISO_8601.test(value)) return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : ms;
}
