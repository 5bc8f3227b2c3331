/** A scalar field value as text; objects and empty values have no single text (null). */
export const displayText = (value: unknown): string | null => {
  if (value == null || value === '') return null;
  switch (typeof value) {
    case 'string':
      return value;
    case 'number':
    case 'boolean':
    case 'bigint':
      return String(value);
    default:
      return null;
  }
};
