import { describe, expect, it } from 'vitest';
import { shareOf, statusAfterDocument, type LineQuantities } from './order-state.js';

const line = (counters: Partial<LineQuantities>): LineQuantities => ({
  qty_ordered: 3,
  qty_invoiced: 0,
  qty_shipped: 0,
  qty_refunded: 0,
  qty_canceled: 0,
  ...counters,
});

describe('shareOf', () => {
  it('splits a line amount by quantity so that the parts add up to it exactly', () => {
    const parts = [shareOf(1000, 3, 0, 1), shareOf(1000, 3, 1, 1), shareOf(1000, 3, 2, 1)];
    expect(parts).toEqual([333, 334, 333]);
    expect(parts.reduce((a, b) => a + b)).toBe(1000);
    expect(shareOf(1000, 3, 1, 2)).toBe(667);
    expect(shareOf(1000, 0, 0, 1)).toBe(0);
  });
});

describe('statusAfterDocument (Magento state check)', () => {
  it('is processing while anything is left to invoice or to ship', () => {
    expect(statusAfterDocument('pending', [line({ qty_invoiced: 1 })], 0)).toBe('processing');
    expect(statusAfterDocument('processing', [line({ qty_invoiced: 3 })], 0)).toBe('processing');
  });

  it('is complete once invoiced and shipped, while something can still be refunded', () => {
    expect(statusAfterDocument('processing', [line({ qty_invoiced: 3, qty_shipped: 3 })], 0)).toBe(
      'complete',
    );
    const refundedGoods = line({ qty_invoiced: 3, qty_shipped: 3, qty_refunded: 3 });
    expect(statusAfterDocument('complete', [refundedGoods], 599)).toBe('complete');
  });

  it('is closed once everything invoiced is refunded and nothing is open', () => {
    const unshippedRefunded = line({ qty_invoiced: 3, qty_refunded: 3 });
    expect(statusAfterDocument('processing', [unshippedRefunded], 0)).toBe('closed');
    expect(statusAfterDocument('holded', [unshippedRefunded], 0)).toBe('closed');
    const partly = [unshippedRefunded, line({ qty_invoiced: 0 })];
    expect(statusAfterDocument('processing', partly, 0)).toBe('processing');
  });

  it('keeps a held order held unless the document closes it', () => {
    expect(statusAfterDocument('holded', [line({ qty_invoiced: 1, qty_refunded: 1 })], 0)).toBe('holded');
  });
});
