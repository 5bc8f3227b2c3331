import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { AMAZON_CANCEL_REASONS } from '@orderdesk/migrations';
import { buildOrderAcknowledgementFeed } from './order-acknowledgement.js';
import { readReference } from './reference-models.js';

const stub = fs.readFileSync(
  path.join(path.dirname(fileURLToPath(import.meta.url)), 'test-fixtures', 'amzn-base.xsd'),
  'utf8',
);

/** Validates each OrderAcknowledgement message of a feed against Amazon's XSD (revision 7). */
async function xsdErrors(feed: string): Promise<string[]> {
  const messages = [...feed.matchAll(/<OrderAcknowledgement>[\s\S]*?<\/OrderAcknowledgement>/g)].map(
    (m) => m[0],
  );
  expect(messages.length).toBeGreaterThan(0);
  const errors: string[] = [];
  for (const message of messages) {
    const result = await validateXML({
      xml: [{ fileName: 'ack.xml', contents: `<?xml version="1.0" encoding="UTF-8"?>\n${message}` }],
      schema: [
        { fileName: 'OrderAcknowledgement.xsd', contents: readReference('OrderAcknowledgement_rev7.xsd') },
      ],
      preload: [{ fileName: 'amzn-base.xsd', contents: stub }],
    });
    errors.push(...result.errors.map((error) => error.message));
  }
  return errors;
}

describe('the POST_ORDER_ACKNOWLEDGEMENT_DATA feed', () => {
  it('follows OrderAcknowledgement_rev7.xsd for a cancellation with every one of the ten reasons', async () => {
    const feed = buildOrderAcknowledgementFeed(
      'A2DEMOSELLER01',
      AMAZON_CANCEL_REASONS.map((reason, index) => ({
        amazonOrderId: `111-000000${index}-1234567`,
        merchantOrderId: `10000000${index}`,
        statusCode: 'Failure' as const,
        items: [
          { amazonOrderItemCode: `1234567890123${index}`, cancelReason: reason },
          {
            amazonOrderItemCode: `9876543210987${index}`,
            merchantOrderItemId: 'line-2',
            cancelReason: reason,
          },
        ],
      })),
    );
    expect(await xsdErrors(feed)).toEqual([]);
  });

  it('is caught by the XSD when a reason is not one of Amazon ten', async () => {
    const feed = buildOrderAcknowledgementFeed('A2DEMOSELLER01', [
      {
        amazonOrderId: '111-0000001-1234567',
        statusCode: 'Failure',
        // @ts-expect-error: not a CancelReason, on purpose
        items: [{ amazonOrderItemCode: '12345678901234', cancelReason: 'ChangedMyMind' }],
      },
    ]);
    expect((await xsdErrors(feed)).join('\n')).toMatch(/CancelReason/);
  });

  it('wraps the messages in Amazon envelope with header, type and numbered messages', () => {
    const feed = buildOrderAcknowledgementFeed('A2DEMOSELLER01', [
      {
        amazonOrderId: '111-0000001-1234567',
        statusCode: 'Failure',
        items: [{ amazonOrderItemCode: '12345678901234', cancelReason: 'NoInventory' }],
      },
      { amazonOrderId: '111-0000002-1234567', statusCode: 'Success', items: [] },
    ]);
    const parsed = new XMLParser({ isArray: (name) => name === 'Message' }).parse(feed);
    expect(parsed.AmazonEnvelope.Header).toEqual({
      DocumentVersion: 1.01,
      MerchantIdentifier: 'A2DEMOSELLER01',
    });
    expect(parsed.AmazonEnvelope.MessageType).toBe('OrderAcknowledgement');
    expect(parsed.AmazonEnvelope.Message.map((m: { MessageID: number }) => m.MessageID)).toEqual([1, 2]);
    expect(feed.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
  });

  it('escapes text so a merchant id cannot break the XML', async () => {
    const feed = buildOrderAcknowledgementFeed('A&B <Seller>', [
      {
        amazonOrderId: '111-0000001-1234567',
        merchantOrderId: '<1&2>',
        statusCode: 'Failure',
        items: [{ amazonOrderItemCode: '12345678901234', cancelReason: 'NoInventory' }],
      },
    ]);
    expect(feed).toContain('<MerchantIdentifier>A&amp;B &lt;Seller&gt;</MerchantIdentifier>');
    expect(await xsdErrors(feed)).toEqual([]);
  });
});
