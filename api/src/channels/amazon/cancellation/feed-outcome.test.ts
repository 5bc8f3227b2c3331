import { describe, expect, it } from 'vitest';
import type { ProcessingReport, ProcessingResult } from '../sp-api/processing-report.js';
import { outcomeOfFatal, outcomeOfReport } from './feed-outcome.js';

const ORDER = '111-1234567-1234567';

function report(
  results: Partial<ProcessingResult>[],
  counts: Partial<ProcessingReport> = {},
): ProcessingReport {
  const full = results.map((r) => ({
    messageId: 1,
    resultCode: 'Error',
    resultMessageCode: '18029',
    description: '',
    amazonOrderId: ORDER,
    ...r,
  }));
  const withError = full.filter((r) => r.resultCode === 'Error').length;
  return {
    statusCode: 'Complete',
    processed: 1,
    successful: withError > 0 ? 0 : 1,
    withError,
    withWarning: full.filter((r) => r.resultCode === 'Warning').length,
    results: full,
    ...counts,
  };
}

describe('what Amazon answered to a cancellation feed', () => {
  it('is accepted with a clean report, warnings kept', () => {
    expect(outcomeOfReport('1', 'doc', report([]), ORDER)).toMatchObject({
      outcome: 'accepted',
      warnings: [],
    });
    const warned = report([{ resultCode: 'Warning', description: 'Late cancellation' }]);
    expect(outcomeOfReport('1', 'doc', warned, ORDER)).toMatchObject({
      outcome: 'accepted',
      warnings: ['Late cancellation'],
    });
  });

  it("is refused with the ResultDescription of the order's error", () => {
    const refused = report([{ description: 'Order is Shipped', resultMessageCode: '18029' }]);
    expect(outcomeOfReport('7', 'doc', refused, ORDER)).toEqual({
      outcome: 'refused',
      feedId: '7',
      message: 'Order is Shipped',
      resultMessageCode: '18029',
      processingStatus: 'DONE',
      resultFeedDocumentId: 'doc',
      report: refused,
    });
  });

  it('places an error by MessageID when Amazon names no order, and ignores other orders', () => {
    const byMessage = report([{ amazonOrderId: null, description: 'Bad item' }]);
    expect(outcomeOfReport('1', 'doc', byMessage, ORDER)).toMatchObject({ message: 'Bad item' });
    const other = report([{ amazonOrderId: '111-0000000-0000000', description: 'Other' }], {
      successful: 1,
    });
    expect(outcomeOfReport('1', 'doc', other, ORDER).outcome).toBe('accepted');
  });

  it('is refused when Amazon counts an error it does not describe, or processed nothing', () => {
    const counted = report([], { withError: 1, successful: 0 });
    expect(outcomeOfReport('3', 'doc', counted, ORDER)).toMatchObject({
      outcome: 'refused',
      message: 'Amazon reported an error for feed 3 without a description.',
    });
    const none = report([], { processed: 0, successful: 0 });
    expect(outcomeOfReport('3', 'doc', none, ORDER)).toMatchObject({
      outcome: 'refused',
      message: 'Amazon processed no message of feed 3.',
    });
  });

  it('is refused when the feed is FATAL, saying why when the report does', () => {
    const fatal = report([
      { amazonOrderId: null, resultMessageCode: '5001', description: 'XML Parsing Fatal' },
    ]);
    expect(outcomeOfFatal('9', 'doc', fatal)).toMatchObject({
      outcome: 'refused',
      processingStatus: 'FATAL',
      resultMessageCode: '5001',
      message: 'Amazon could not process the feed: XML Parsing Fatal',
    });
    expect(outcomeOfFatal('9', null, null).message).toBe('Amazon could not process feed 9 (FATAL).');
  });
});
