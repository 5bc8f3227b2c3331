// Intl formatters are costly to build (a grid page formats a hundred dates and amounts), and
// Date#toLocaleString(locale, options) builds one per call: these are built once per locale and options.
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

const cached = <F>(cache: Map<string, F>, key: string, build: () => F): F => {
  let format = cache.get(key);
  if (!format) {
    // Built before it is kept: an invalid option (an unknown currency) throws and keeps nothing.
    format = build();
    cache.set(key, format);
  }
  return format;
};

/** `new Intl.NumberFormat(locale, options)`, built once. Throws as it does (e.g. on an unknown currency). */
export const numberFormat = (locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat =>
  cached(numberFormats, `${locale}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options));

/** `new Intl.DateTimeFormat(locale, options)`, built once. */
export const dateTimeFormat = (locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat =>
  cached(
    dateTimeFormats,
    `${locale}|${JSON.stringify(options)}`,
    () => new Intl.DateTimeFormat(locale, options),
  );
