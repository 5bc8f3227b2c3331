import { XMLParser } from 'fast-xml-parser';
import { z } from 'zod';

export interface ProcessingResult {
  messageId: number | null;
  resultCode: string;
  resultMessageCode: string | null;
  description: string;
  amazonOrderId: string | null;
}

export interface ProcessingReport {
  statusCode: string;
  processed: number;
  successful: number;
  withError: number;
  withWarning: number;
  results: ProcessingResult[];
}

const parser = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: false,
  trimValues: true,
  isArray: (name) => name === 'Result' || name === 'Message',
});

const text = z.union([z.string(), z.number()]).transform(String);
const count = z.union([z.string(), z.number()]).transform(Number).pipe(z.number().int().nonnegative());

const reportSchema = z.object({
  AmazonEnvelope: z.object({
    Message: z
      .array(
        z.object({
          ProcessingReport: z.object({
            StatusCode: text,
            ProcessingSummary: z.object({
              MessagesProcessed: count,
              MessagesSuccessful: count,
              MessagesWithError: count,
              MessagesWithWarning: count.optional(),
            }),
            Result: z
              .array(
                z.object({
                  MessageID: text.optional(),
                  ResultCode: text,
                  ResultMessageCode: text.optional(),
                  ResultDescription: text.optional(),
                  AdditionalInfo: z.object({ AmazonOrderID: text.optional() }).partial().optional(),
                }),
              )
              .optional(),
          }),
        }),
      )
      .min(1),
  }),
});

/** Reads Amazon's XML processing report for a feed; throws when it is not one. */
export function parseProcessingReport(xml: string): ProcessingReport {
  const parsed = reportSchema.parse(parser.parse(xml));
  const report = parsed.AmazonEnvelope.Message[0]!.ProcessingReport;
  return {
    statusCode: report.StatusCode,
    processed: report.ProcessingSummary.MessagesProcessed,
    successful: report.ProcessingSummary.MessagesSuccessful,
    withError: report.ProcessingSummary.MessagesWithError,
    withWarning: report.ProcessingSummary.MessagesWithWarning ?? 0,
    results: (report.Result ?? []).map((result) => ({
      messageId: result.MessageID === undefined ? null : Number(result.MessageID),
      resultCode: result.ResultCode,
      resultMessageCode: result.ResultMessageCode ?? null,
      description: result.ResultDescription ?? '',
      amazonOrderId: result.AdditionalInfo?.AmazonOrderID ?? null,
    })),
  };
}
