// Reading a POST_ORDER_ACKNOWLEDGEMENT_DATA feed: AmazonEnvelope > Header > MessageType
// OrderAcknowledgement > Message* (MessageID, OrderAcknowledgement(AmazonOrderID, MerchantOrderID?,
// StatusCode, Item*(AmazonOrderItemCode, MerchantOrderItemID?, CancelReason?))). A document that is not
// well-formed XML, or not such an envelope, is fatal for the feed; a message that breaks
// OrderAcknowledgement.xsd is an error for that message alone.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { CANCEL_REASONS } from '../amazon/model-types.js';

export interface AcknowledgementItem {
  amazonOrderItemCode?: string;
  merchantOrderItemId?: string;
  cancelReason?: string;
}

export interface AcknowledgementMessage {
  messageId: string;
  amazonOrderId?: string;
  merchantOrderId?: string;
  statusCode?: string;
  items: AcknowledgementItem[];
  /** Why the message breaks the schema, if it does. */
  schemaError?: string;
}

export type ParsedAcknowledgementFeed =
  | { ok: true; merchantIdentifier: string; messages: AcknowledgementMessage[] }
  | { ok: false; reason: string; merchantIdentifier?: string };

const ARRAYS = new Set(['AmazonEnvelope.Message', 'AmazonEnvelope.Message.OrderAcknowledgement.Item']);

const parser = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: false,
  trimValues: true,
  isArray: (_name, jpath) => ARRAYS.has(String(jpath)),
});

type Node = Record<string, unknown>;

const asNode = (value: unknown): Node | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Node) : undefined;

/** The text of a simple element; undefined when absent, empty or not simple. */
function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value.length > 0 ? value : undefined;
  if (typeof value === 'number') return String(value);
  return undefined;
}

function readItem(value: unknown): { item: AcknowledgementItem; error?: string } {
  const node = asNode(value) ?? {};
  const item: AcknowledgementItem = {};
  const code = text(node.AmazonOrderItemCode);
  const merchantItem = text(node.MerchantOrderItemID);
  const reason = text(node.CancelReason);
  if (code) item.amazonOrderItemCode = code;
  if (merchantItem) item.merchantOrderItemId = merchantItem;
  if (reason) item.cancelReason = reason;
  if (!code) return { item, error: 'Item is missing AmazonOrderItemCode.' };
  if (reason && !(CANCEL_REASONS as readonly string[]).includes(reason)) {
    return {
      item,
      error: `cvc-enumeration-valid: Value '${reason}' is not facet-valid with respect to enumeration '[${CANCEL_REASONS.join(', ')}]' for CancelReason.`,
    };
  }
  return { item };
}

function readMessage(value: unknown, index: number): AcknowledgementMessage {
  const node = asNode(value) ?? {};
  const messageId = text(node.MessageID) ?? String(index + 1);
  const ack = asNode(node.OrderAcknowledgement);
  if (!ack) return { messageId, items: [], schemaError: 'Message has no OrderAcknowledgement element.' };
  const items = (Array.isArray(ack.Item) ? ack.Item : []).map(readItem);
  const message: AcknowledgementMessage = { messageId, items: items.map((i) => i.item) };
  const amazonOrderId = text(ack.AmazonOrderID);
  const merchantOrderId = text(ack.MerchantOrderID);
  const statusCode = text(ack.StatusCode);
  if (amazonOrderId) message.amazonOrderId = amazonOrderId;
  if (merchantOrderId) message.merchantOrderId = merchantOrderId;
  if (statusCode) message.statusCode = statusCode;
  const itemError = items.find((i) => i.error)?.error;
  if (!/^[1-9]\d*$/.test(messageId))
    message.schemaError = `MessageID '${messageId}' is not a positive integer.`;
  else if (!amazonOrderId) message.schemaError = 'OrderAcknowledgement is missing AmazonOrderID.';
  else if (statusCode !== 'Success' && statusCode !== 'Failure') {
    message.schemaError = `cvc-enumeration-valid: Value '${statusCode ?? ''}' is not facet-valid with respect to enumeration '[Success, Failure]' for StatusCode.`;
  } else if (itemError) message.schemaError = itemError;
  return message;
}

export function parseAcknowledgementFeed(xml: string): ParsedAcknowledgementFeed {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    const { line, col, msg } = valid.err;
    return { ok: false, reason: `XML Parsing Fatal Error at Line ${line}, Column ${col}: ${msg}` };
  }
  const envelope = asNode(asNode(parser.parse(xml) as unknown)?.AmazonEnvelope);
  if (!envelope) return { ok: false, reason: 'The document root is not an AmazonEnvelope element.' };
  const header = asNode(envelope.Header);
  const merchantIdentifier = text(header?.MerchantIdentifier);
  if (!header || !text(header.DocumentVersion) || !merchantIdentifier) {
    return {
      ok: false,
      reason: 'The AmazonEnvelope Header must have a DocumentVersion and a MerchantIdentifier.',
    };
  }
  const messageType = text(envelope.MessageType);
  if (messageType !== 'OrderAcknowledgement') {
    return {
      ok: false,
      merchantIdentifier,
      reason: `MessageType '${messageType ?? ''}' does not match feed type POST_ORDER_ACKNOWLEDGEMENT_DATA (expected OrderAcknowledgement).`,
    };
  }
  const messages = Array.isArray(envelope.Message) ? envelope.Message : [];
  if (messages.length === 0)
    return { ok: false, merchantIdentifier, reason: 'The AmazonEnvelope has no Message.' };
  return { ok: true, merchantIdentifier, messages: messages.map(readMessage) };
}
