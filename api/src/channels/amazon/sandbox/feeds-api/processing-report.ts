// Amazon's XML processing report for an XML feed: AmazonEnvelope, MessageType ProcessingReport, and one
// ProcessingReport with the summary counts and a Result per message with an error or warning.
import { XMLBuilder } from 'fast-xml-parser';

/**
 * ResultMessageCodes. 5000 (a message breaks the XSD) and 5001 (the document cannot be parsed) are Amazon's
 * XML codes; Amazon publishes no list for order acknowledgements, so the 180xx codes are the sandbox's own.
 * A client should key on ResultCode and AdditionalInfo/AmazonOrderID and show ResultDescription.
 */
export const RESULT_MESSAGE_CODES = {
  schemaError: '5000',
  fatalXml: '5001',
  orderNotFound: '18028',
  notCancelable: '18029',
  unknownOrderItem: '18030',
  fulfilledByAmazon: '18031',
} as const;

export interface ReportResult {
  messageId: string;
  resultCode: 'Error' | 'Warning';
  resultMessageCode: string;
  resultDescription: string;
  amazonOrderId?: string;
}

export interface ReportInput {
  feedId: string;
  merchantIdentifier: string;
  processed: number;
  successful: number;
  results: readonly ReportResult[];
}

const builder = new XMLBuilder({ format: true, ignoreAttributes: false, suppressEmptyNode: false });

export function buildProcessingReport(input: ReportInput): string {
  const withError = input.results.filter((r) => r.resultCode === 'Error').length;
  const withWarning = input.results.filter((r) => r.resultCode === 'Warning').length;
  const document = {
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    AmazonEnvelope: {
      '@_xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
      '@_xsi:noNamespaceSchemaLocation': 'amzn-envelope.xsd',
      Header: { DocumentVersion: '1.02', MerchantIdentifier: input.merchantIdentifier },
      MessageType: 'ProcessingReport',
      Message: {
        MessageID: '1',
        ProcessingReport: {
          DocumentTransactionID: input.feedId,
          StatusCode: 'Complete',
          ProcessingSummary: {
            MessagesProcessed: input.processed,
            MessagesSuccessful: input.successful,
            MessagesWithError: withError,
            MessagesWithWarning: withWarning,
          },
          Result: input.results.map((r) => ({
            MessageID: r.messageId,
            ResultCode: r.resultCode,
            ResultMessageCode: r.resultMessageCode,
            ResultDescription: r.resultDescription,
            ...(r.amazonOrderId ? { AdditionalInfo: { AmazonOrderID: r.amazonOrderId } } : {}),
          })),
        },
      },
    },
  };
  return builder.build(document) as string;
}
