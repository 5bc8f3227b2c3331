// What Amazon answered to a cancellation, read from the feed's final status and its processing report.
import type { ProcessingReport, ProcessingResult } from '../sp-api/processing-report.js';

export interface CancellationAccepted {
  outcome: 'accepted';
  feedId: string;
  processingStatus: 'DONE';
  resultFeedDocumentId: string;
  /** Warnings Amazon gave for the order (its ResultDescriptions); they do not stop the cancellation. */
  warnings: string[];
  report: ProcessingReport;
}

export interface CancellationRefused {
  outcome: 'refused';
  feedId: string;
  /** Amazon's ResultDescription of the error for this order: what staff are shown. */
  message: string;
  /** Amazon's ResultMessageCode of that error, when it gave one. */
  resultMessageCode: string | null;
  /** FATAL: Amazon could not process the document at all (the message then says why, if it did). */
  processingStatus: 'DONE' | 'FATAL';
  resultFeedDocumentId: string | null;
  report: ProcessingReport | null;
}

export type CancellationOutcome = CancellationAccepted | CancellationRefused;

/** Our feed has one message (MessageID 1) for one order: its results are the ones naming either. */
function resultsFor(report: ProcessingReport, amazonOrderId: string): ProcessingResult[] {
  const named = report.results.filter(
    (r) => r.amazonOrderId === amazonOrderId || (r.amazonOrderId === null && r.messageId === 1),
  );
  return named.length > 0 ? named : report.results.filter((r) => r.amazonOrderId === null);
}

/** A DONE feed: refused when the report carries an error for the order (or errors it cannot place). */
export function outcomeOfReport(
  feedId: string,
  resultFeedDocumentId: string,
  report: ProcessingReport,
  amazonOrderId: string,
): CancellationOutcome {
  const mine = resultsFor(report, amazonOrderId);
  const error = mine.find((r) => r.resultCode === 'Error');
  const unplaced = !error && report.withError > 0 && report.successful === 0;
  if (error || unplaced || report.processed === 0) {
    const message =
      error?.description ||
      (report.processed === 0
        ? `Amazon processed no message of feed ${feedId}.`
        : `Amazon reported an error for feed ${feedId} without a description.`);
    return {
      outcome: 'refused',
      feedId,
      message,
      resultMessageCode: error?.resultMessageCode ?? null,
      processingStatus: 'DONE',
      resultFeedDocumentId,
      report,
    };
  }
  return {
    outcome: 'accepted',
    feedId,
    processingStatus: 'DONE',
    resultFeedDocumentId,
    warnings: mine.filter((r) => r.resultCode === 'Warning').map((r) => r.description),
    report,
  };
}

/** A FATAL feed: nothing was applied; the report (when Amazon wrote one) says why. */
export function outcomeOfFatal(
  feedId: string,
  resultFeedDocumentId: string | null,
  report: ProcessingReport | null,
): CancellationRefused {
  const why = report?.results.find((r) => r.resultCode === 'Error');
  return {
    outcome: 'refused',
    feedId,
    message: why?.description
      ? `Amazon could not process the feed: ${why.description}`
      : `Amazon could not process feed ${feedId} (FATAL).`,
    resultMessageCode: why?.resultMessageCode ?? null,
    processingStatus: 'FATAL',
    resultFeedDocumentId,
    report,
  };
}
