import { describe, expect, it } from 'vitest';
import { decideImport, type ImportSituation } from './import-rules.js';

const base: ImportSituation = {
  importOrders: true,
  reservePending: true,
  status: 'Unshipped',
  fulfillmentChannel: 'MFN',
  importState: 'not_imported',
  hasCommerceOrder: false,
  inventoryReserved: false,
};
const decide = (change: Partial<ImportSituation>) => decideImport({ ...base, ...change });

describe('decideImport', () => {
  it('imports seller-fulfilled orders from Unshipped on', () => {
    expect(
      ['Unshipped', 'PartiallyShipped', 'Shipped'].map((status) => decide({ status: status as never })),
    ).toEqual(['create', 'create', 'create']);
  });

  it('only reserves Pending seller-fulfilled orders, and only when the store says so', () => {
    expect(decide({ status: 'Pending' })).toBe('reserve');
    expect(decide({ status: 'Pending', inventoryReserved: true })).toBe('wait');
    expect(decide({ status: 'Pending', reservePending: false })).toBe('wait');
  });

  it('imports Amazon-fulfilled orders only once Shipped, and never reserves for them', () => {
    expect(decide({ fulfillmentChannel: 'AFN', status: 'Pending' })).toBe('wait');
    expect(decide({ fulfillmentChannel: 'AFN', status: 'Unshipped' })).toBe('wait');
    expect(decide({ fulfillmentChannel: 'AFN', status: 'Shipped' })).toBe('create');
  });

  it('cancels whatever Amazon canceled, imported or not', () => {
    expect(decide({ status: 'Canceled' })).toBe('cancel');
    expect(decide({ status: 'Canceled', hasCommerceOrder: true })).toBe('cancel');
    expect(decide({ status: 'Canceled', fulfillmentChannel: 'AFN' })).toBe('cancel');
  });

  it('follows orders that are already Commerce orders', () => {
    expect(decide({ status: 'Shipped', hasCommerceOrder: true, importState: 'imported' })).toBe('follow');
  });

  it('only shows orders when the store does not import', () => {
    expect(decide({ importOrders: false })).toBe('read_only');
    expect(decide({ importOrders: false, status: 'Canceled' })).toBe('read_only');
  });

  it('waits on the statuses that are not for import', () => {
    expect(decide({ status: 'PendingAvailability' })).toBe('wait');
    expect(decide({ status: 'Unfulfillable', fulfillmentChannel: 'AFN' })).toBe('wait');
  });
});
