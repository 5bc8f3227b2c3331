import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseProcessingReport } from './processing-report.js';

const report = (results: string, withError: number) => `<?xml version="1.0" encoding="UTF-8"?>
<AmazonEnvelope xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="amzn-envelope.xsd">
  <Header><DocumentVersion>1.02</DocumentVersion><MerchantIdentifier>A2DEMOSELLER01</MerchantIdentifier></Header>
  <MessageType>ProcessingReport</MessageType>
  <Message>
    <MessageID>1</MessageID>
    <ProcessingReport>
      <DocumentTransactionID>50012345678</DocumentTransactionID>
      <StatusCode>Complete</StatusCode>
      <ProcessingSummary>
        <MessagesProcessed>2</MessagesProcessed>
        <MessagesSuccessful>${2 - withError}</MessagesSuccessful>
        <MessagesWithError>${withError}</MessagesWithError>
        <MessagesWithWarning>0</MessagesWithWarning>
      </ProcessingSummary>
      ${results}
    </ProcessingReport>
  </Message>
</AmazonEnvelope>`;

describe('parseProcessingReport', () => {
  it('reads the summary and each error with its order', () => {
    const xml = report(
      `<Result><MessageID>2</MessageID><ResultCode>Error</ResultCode><ResultMessageCode>18028</ResultMessageCode>
        <ResultDescription>The order 111-0000002-1234567 has already shipped and cannot be canceled.</ResultDescription>
        <AdditionalInfo><AmazonOrderID>111-0000002-1234567</AmazonOrderID></AdditionalInfo></Result>`,
      1,
    );
    expect(parseProcessingReport(xml)).toEqual({
      statusCode: 'Complete',
      processed: 2,
      successful: 1,
      withError: 1,
      withWarning: 0,
      results: [
        {
          messageId: 2,
          resultCode: 'Error',
          resultMessageCode: '18028',
          description: 'The order 111-0000002-1234567 has already shipped and cannot be canceled.',
          amazonOrderId: '111-0000002-1234567',
        },
      ],
    });
  });

  it('reads a clean report with no results', () => {
    expect(parseProcessingReport(report('', 0))).toMatchObject({
      processed: 2,
      successful: 2,
      withError: 0,
      results: [],
    });
  });

  it('refuses what is not a processing report', () => {
    expect(() => parseProcessingReport('<html><body>Service Unavailable</body></html>')).toThrow();
    expect(() => parseProcessingReport(gzipSync('x').toString('latin1'))).toThrow();
  });
});
