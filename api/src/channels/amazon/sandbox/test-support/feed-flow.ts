// The Feeds round trip a connector makes, for tests: createFeedDocument, PUT the XML, createFeed, poll
// getFeed until it is done, fetch the processing report (gunzipping it when Amazon compressed it).
import { gunzipSync } from 'node:zlib';
import type { Feed, FeedDocument } from '../amazon/model-types.js';
import type { RunningSandbox } from './start-sandbox.js';

export const XML_CONTENT_TYPE = 'text/xml; charset=UTF-8';

export function acknowledgementXml(
  messages: { orderId: string; status: 'Success' | 'Failure'; items?: { id: string; reason?: string }[] }[],
): string {
  const body = messages
    .map(
      (m, i) => `  <Message>
    <MessageID>${i + 1}</MessageID>
    <OrderAcknowledgement>
      <AmazonOrderID>${m.orderId}</AmazonOrderID>
      <StatusCode>${m.status}</StatusCode>
${(m.items ?? [])
  .map(
    (item) =>
      `      <Item><AmazonOrderItemCode>${item.id}</AmazonOrderItemCode>${item.reason ? `<CancelReason>${item.reason}</CancelReason>` : ''}</Item>`,
  )
  .join('\n')}
    </OrderAcknowledgement>
  </Message>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<AmazonEnvelope xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="amzn-envelope.xsd">
  <Header><DocumentVersion>1.01</DocumentVersion><MerchantIdentifier>A2DEMOSELLER01</MerchantIdentifier></Header>
  <MessageType>OrderAcknowledgement</MessageType>
${body}
</AmazonEnvelope>`;
}

export async function submitFeed(
  s: RunningSandbox,
  token: string,
  content: string,
  options: { feedType?: string; marketplaceIds?: string[] } = {},
): Promise<string> {
  const doc = await s.call<{ feedDocumentId: string; url: string }>(
    'POST',
    '/feeds/2021-06-30/documents',
    token,
    {
      contentType: XML_CONTENT_TYPE,
    },
  );
  const upload = await fetch(doc.body.url, {
    method: 'PUT',
    body: content,
    headers: { 'content-type': XML_CONTENT_TYPE },
  });
  if (!upload.ok) throw new Error(`upload failed: ${upload.status}`);
  const feed = await s.call<{ feedId: string }>('POST', '/feeds/2021-06-30/feeds', token, {
    feedType: options.feedType ?? 'POST_ORDER_ACKNOWLEDGEMENT_DATA',
    marketplaceIds: options.marketplaceIds ?? ['ATVPDKIKX0DER'],
    inputFeedDocumentId: doc.body.feedDocumentId,
  });
  return feed.body.feedId;
}

export async function waitForFeed(s: RunningSandbox, token: string, feedId: string): Promise<Feed> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const { body } = await s.call<Feed>('GET', `/feeds/2021-06-30/feeds/${feedId}`, token);
    if (body.processingStatus === 'DONE' || body.processingStatus === 'FATAL') return body;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`feed ${feedId} did not finish`);
}

export async function fetchReport(
  s: RunningSandbox,
  token: string,
  feedDocumentId: string,
): Promise<{ xml: string; document: FeedDocument }> {
  const { body: document } = await s.call<FeedDocument>(
    'GET',
    `/feeds/2021-06-30/documents/${feedDocumentId}`,
    token,
  );
  const bytes = Buffer.from(await (await fetch(document.url)).arrayBuffer());
  const xml = (document.compressionAlgorithm === 'GZIP' ? gunzipSync(bytes) : bytes).toString('utf8');
  return { xml, document };
}
