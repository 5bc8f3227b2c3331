// POST_ORDER_ACKNOWLEDGEMENT_DATA through HTTP, as the connector sends it to cancel an order.
import { gunzipSync } from 'node:zlib';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SandboxOrderView } from './orders/sandbox-order.js';
import {
  acknowledgementXml,
  fetchReport,
  submitFeed,
  waitForFeed,
  XML_CONTENT_TYPE,
} from './test-support/feed-flow.js';
import { startSandbox, type RunningSandbox } from './test-support/start-sandbox.js';

let s: RunningSandbox;
let token: string;
beforeAll(async () => {
  s = await startSandbox({ gzipReports: 'never' });
  token = await s.token();
});
afterAll(() => s.close());

const newOrder = async (status: string): Promise<SandboxOrderView> =>
  (await s.control<{ orders: SandboxOrderView[] }>('POST', '/orders', { count: 1, status, age_seconds: 600 }))
    .body.orders[0]!;

const view = async (id: string) => (await s.control<SandboxOrderView>('GET', `/orders/${id}`)).body;

interface Report {
  AmazonEnvelope: {
    MessageType: string;
    Message: {
      ProcessingReport: {
        DocumentTransactionID: string;
        StatusCode: string;
        ProcessingSummary: Record<string, string>;
        Result?: {
          MessageID: string;
          ResultCode: string;
          ResultMessageCode: string;
          ResultDescription: string;
          AdditionalInfo?: { AmazonOrderID: string };
        }[];
      };
    };
  };
}
const parser = new XMLParser({ parseTagValue: false, isArray: (name) => name === 'Result' });
const readReport = (xml: string) => (parser.parse(xml) as Report).AmazonEnvelope.Message.ProcessingReport;

async function cancelThroughFeed(entry: SandboxOrderView, reason = 'NoInventory') {
  const xml = acknowledgementXml([
    {
      orderId: entry.AmazonOrderId,
      status: 'Failure',
      items: entry.items.map((i) => ({ id: i.OrderItemId, reason })),
    },
  ]);
  const feedId = await submitFeed(s, token, xml);
  const feed = await waitForFeed(s, token, feedId);
  const { xml: reportXml, document } = await fetchReport(s, token, feed.resultFeedDocumentId!);
  return { feedId, feed, report: readReport(reportXml), document };
}

describe('order acknowledgement feeds', () => {
  it('cancels an Unshipped order, by the seller, with a clean report', async () => {
    const entry = await newOrder('Unshipped');
    const { feedId, feed, report } = await cancelThroughFeed(entry);
    expect(feed).toMatchObject({ processingStatus: 'DONE', feedType: 'POST_ORDER_ACKNOWLEDGEMENT_DATA' });
    expect(Date.parse(feed.processingEndTime!)).toBeGreaterThanOrEqual(Date.parse(feed.processingStartTime!));
    expect(report.DocumentTransactionID).toBe(feedId);
    expect(report.StatusCode).toBe('Complete');
    expect(report.ProcessingSummary).toEqual({
      MessagesProcessed: '1',
      MessagesSuccessful: '1',
      MessagesWithError: '0',
      MessagesWithWarning: '0',
    });
    expect(report.Result).toBeUndefined();
    const after = await view(entry.AmazonOrderId);
    expect(after).toMatchObject({ canceled_by: 'seller', cancel_reason: 'NoInventory' });
    expect(after.order).toMatchObject({ OrderStatus: 'Canceled', NumberOfItemsUnshipped: 0 });
    expect(Date.parse(after.order.LastUpdateDate)).toBeGreaterThan(Date.parse(entry.order.LastUpdateDate));
  });

  it('reports an error naming a Shipped order, and leaves it as it was', async () => {
    const entry = await newOrder('Shipped');
    const { feed, report } = await cancelThroughFeed(entry);
    expect(feed.processingStatus).toBe('DONE');
    expect(report.ProcessingSummary).toMatchObject({
      MessagesProcessed: '1',
      MessagesSuccessful: '0',
      MessagesWithError: '1',
    });
    expect(report.Result).toEqual([
      {
        MessageID: '1',
        ResultCode: 'Error',
        ResultMessageCode: expect.any(String),
        ResultDescription: expect.stringContaining(entry.AmazonOrderId),
        AdditionalInfo: { AmazonOrderID: entry.AmazonOrderId },
      },
    ]);
    expect((await view(entry.AmazonOrderId)).order).toEqual(entry.order);
  });

  it('treats each message on its own: unknown orders and bad CancelReasons are errors, the rest applies', async () => {
    const good = await newOrder('Unshipped');
    const badReason = await newOrder('Unshipped');
    const xml = acknowledgementXml([
      {
        orderId: good.AmazonOrderId,
        status: 'Failure',
        items: [{ id: good.items[0]!.OrderItemId, reason: 'BuyerCanceled' }],
      },
      { orderId: '111-9999999-9999999', status: 'Failure' },
      {
        orderId: badReason.AmazonOrderId,
        status: 'Failure',
        items: [{ id: badReason.items[0]!.OrderItemId, reason: 'TooExpensive' }],
      },
    ]);
    const feed = await waitForFeed(s, token, await submitFeed(s, token, xml));
    const report = readReport((await fetchReport(s, token, feed.resultFeedDocumentId!)).xml);
    expect(report.ProcessingSummary).toMatchObject({
      MessagesProcessed: '3',
      MessagesSuccessful: '1',
      MessagesWithError: '2',
    });
    expect(report.Result!.map((r) => r.MessageID)).toEqual(['2', '3']);
    expect(report.Result![1]!.ResultDescription).toContain('TooExpensive');
    expect((await view(good.AmazonOrderId)).order.OrderStatus).toBe('Canceled');
    expect((await view(badReason.AmazonOrderId)).order.OrderStatus).toBe('Unshipped');
    const received = await s.control<{
      feeds: { feedId: string; messages: unknown[]; results: unknown[] }[];
    }>('GET', '/feeds');
    const mine = received.body.feeds.find((f) => f.feedId === feed.feedId)!;
    expect(mine.messages).toHaveLength(3);
    expect(mine.results).toHaveLength(2);
  });

  it('makes a malformed XML document FATAL, with a report that says why', async () => {
    const feed = await waitForFeed(
      s,
      token,
      await submitFeed(s, token, '<AmazonEnvelope><Header></AmazonEnvelope>'),
    );
    expect(feed.processingStatus).toBe('FATAL');
    const report = readReport((await fetchReport(s, token, feed.resultFeedDocumentId!)).xml);
    expect(report.Result![0]).toMatchObject({ ResultCode: 'Error', ResultMessageCode: '5001' });
    expect(report.Result![0]!.ResultDescription).toMatch(/XML Parsing Fatal Error/);
  });

  it('acknowledges with Success, recording the MerchantOrderID as SellerOrderId', async () => {
    const entry = await newOrder('Unshipped');
    const xml = acknowledgementXml([{ orderId: entry.AmazonOrderId, status: 'Success' }]).replace(
      '<StatusCode>',
      '<MerchantOrderID>100000123</MerchantOrderID><StatusCode>',
    );
    expect((await waitForFeed(s, token, await submitFeed(s, token, xml))).processingStatus).toBe('DONE');
    const after = await view(entry.AmazonOrderId);
    expect(after.order).toMatchObject({ OrderStatus: 'Unshipped', SellerOrderId: '100000123' });
  });

  it('refuses the next cancellation when a test says so, with its message, and only once', async () => {
    const [refused, other] = [await newOrder('Unshipped'), await newOrder('Unshipped')];
    const message = 'The order is already being packed.';
    const created = await s.control('POST', '/feeds/refuse-next', {
      message,
      amazon_order_id: refused.AmazonOrderId,
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ message, amazonOrderId: refused.AmazonOrderId, remaining: 1 });
    // Another order's cancellation does not use it up.
    expect((await cancelThroughFeed(other)).report.Result).toBeUndefined();
    const { report } = await cancelThroughFeed(refused);
    expect(report.Result).toEqual([
      {
        MessageID: '1',
        ResultCode: 'Error',
        ResultMessageCode: '18029',
        ResultDescription: message,
        AdditionalInfo: { AmazonOrderID: refused.AmazonOrderId },
      },
    ]);
    expect((await view(refused.AmazonOrderId)).order).toEqual(refused.order);
    expect((await s.control('GET', '/feeds/refuse-next')).body).toEqual({ refusals: [] });
    expect((await cancelThroughFeed(refused)).report.Result).toBeUndefined();
    expect((await view(refused.AmazonOrderId)).order.OrderStatus).toBe('Canceled');
  });

  it('refuses any order by default, with a message naming it; the control checks its body', async () => {
    const entry = await newOrder('Unshipped');
    expect((await s.control('POST', '/feeds/refuse-next', { count: 0 })).status).toBe(400);
    expect((await s.control('POST', '/feeds/refuse-next', { reason: 'x' })).status).toBe(400);
    expect((await s.control('POST', '/feeds/refuse-next', {})).status).toBe(201);
    const { report } = await cancelThroughFeed(entry);
    expect(report.Result![0]!.ResultDescription).toBe(
      `Order ${entry.AmazonOrderId} cannot be canceled at this time.`,
    );
    expect((await view(entry.AmazonOrderId)).order.OrderStatus).toBe('Unshipped');
    await s.control('POST', '/feeds/refuse-next', { count: 3 });
    expect((await s.control('DELETE', '/feeds/refuse-next')).body).toEqual({ refusals: [] });
    expect((await cancelThroughFeed(entry)).report.Result).toBeUndefined();
  });

  it('reports an error for PartiallyShipped and Canceled orders too', async () => {
    for (const status of ['PartiallyShipped', 'Canceled']) {
      const entry = await newOrder(status);
      const { report } = await cancelThroughFeed(entry);
      expect(report.Result![0]).toMatchObject({
        ResultCode: 'Error',
        ResultMessageCode: '18029',
        ResultDescription: `Order ${entry.AmazonOrderId} cannot be canceled because its status is ${status}.`,
      });
      expect((await view(entry.AmazonOrderId)).order).toEqual(entry.order);
    }
  });

  it('refuses an upload whose Content-Type differs from the document, as a signed S3 URL does', async () => {
    const doc = await s.call<{ url: string }>('POST', '/feeds/2021-06-30/documents', token, {
      contentType: XML_CONTENT_TYPE,
    });
    const upload = await fetch(doc.body.url, {
      method: 'PUT',
      body: '<x/>',
      headers: { 'content-type': 'application/json' },
    });
    expect(upload.status).toBe(403);
    expect(await upload.text()).toContain('SignatureDoesNotMatch');
  });
});

describe('GZIP processing reports', () => {
  it('compresses every other report by default, and the GZIP one decompresses', async () => {
    const g = await startSandbox();
    try {
      const gToken = await g.token();
      const entry = (
        await g.control<{ orders: SandboxOrderView[] }>('POST', '/orders', {
          count: 2,
          status: 'Unshipped',
          age_seconds: 600,
        })
      ).body.orders;
      const documents = [];
      for (const order of entry) {
        const xml = acknowledgementXml([{ orderId: order.AmazonOrderId, status: 'Success' }]);
        const feed = await waitForFeed(g, gToken, await submitFeed(g, gToken, xml));
        documents.push(
          (
            await g.call<{ url: string; compressionAlgorithm?: string }>(
              'GET',
              `/feeds/2021-06-30/documents/${feed.resultFeedDocumentId}`,
              gToken,
            )
          ).body,
        );
      }
      expect(documents.map((d) => d.compressionAlgorithm)).toEqual([undefined, 'GZIP']);
      const bytes = Buffer.from(await (await fetch(documents[1]!.url)).arrayBuffer());
      expect(bytes[0]).toBe(0x1f);
      const xml = gunzipSync(bytes).toString('utf8');
      expect(readReport(xml).ProcessingSummary.MessagesSuccessful).toBe('1');
    } finally {
      await g.close();
    }
  });
});
