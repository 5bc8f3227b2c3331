import { describe, expect, it } from 'vitest';
import { parseSearchTerm } from './search-term.js';

describe('parseSearchTerm', () => {
  it('takes digits and dashes as an order number, a start from seven characters on', () => {
    expect(parseSearchTerm('114-1234')).toMatchObject({
      orderNumberPattern: '114-1234%',
      incrementId: '114-1234',
    });
    expect(parseSearchTerm('114-12').orderNumberPattern).toBe('114-12');
    expect(parseSearchTerm('smith')).toMatchObject({ orderNumberPattern: null, incrementId: null });
  });

  it('lower-cases e-mails and takes them as a start from four characters on', () => {
    expect(parseSearchTerm(' Jane@X.com ').emailPattern).toBe('jane@x.com%');
    expect(parseSearchTerm('Jan').emailPattern).toBe('jan');
    expect(parseSearchTerm('jane smith').emailPattern).toBeNull();
  });

  it('takes letters and digits with a digit as a tracking number, spaces and case ignored', () => {
    expect(parseSearchTerm('1Z 999 AA1').trackingNumber).toBe('1z999aa1');
    expect(parseSearchTerm('smith').trackingNumber).toBeNull();
  });

  it('searches names by every word once one has three characters, LIKE characters escaped', () => {
    expect(parseSearchTerm('Jo  Smith').nameWords).toEqual(['%Jo%', '%Smith%']);
    expect(parseSearchTerm('Pct%_x').nameWords).toEqual(['%Pct\\%\\_x%']);
    expect(parseSearchTerm('Jo Li').nameWords).toBeNull();
    expect(parseSearchTerm('jane@x.com').nameWords).toBeNull();
    expect(parseSearchTerm('od-kit-002').nameWords).toBeNull();
    expect(parseSearchTerm('a b c d e f ghi').nameWords).toBeNull();
  });
});
