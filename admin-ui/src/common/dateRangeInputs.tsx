import { DateInput } from 'react-admin';

// A date picker gives a calendar day (YYYY-MM-DD); the API compares instants. "From" is the start of that
// day and "until" its last millisecond, both in the user's time zone, so that "until the 12th" includes it.
const startOfDay = (value: string) => (value ? new Date(`${value}T00:00:00`).toISOString() : value);
const endOfDay = (value: string) => (value ? new Date(`${value}T23:59:59.999`).toISOString() : value);

/** The two inputs of a date range filter: `<source>_gte` and `<source>_lte`, labelled by the resource's fields. */
export const dateRangeInputs = (source: string) => [
  <DateInput key={`${source}_gte`} source={`${source}_gte`} parse={startOfDay} />,
  <DateInput key={`${source}_lte`} source={`${source}_lte`} parse={endOfDay} />,
];
