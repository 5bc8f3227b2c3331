// The stand-in for Amazon's pre-signed S3 URLs: PUT stores a feed document's bytes, GET returns them. As
// with S3, no access token is needed (the URL is the credential), the upload's Content-Type must be the
// one given to createFeedDocument (it is part of the signature), and errors are S3's XML.
import express, { Router, type Response } from 'express';
import type { SandboxContext } from '../context.js';

function s3Error(res: Response, status: number, code: string, message: string): void {
  res
    .status(status)
    .type('application/xml')
    .send(
      `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message></Error>`,
    );
}

/** Content types compare as S3 signs them, forgiving only case and spaces. */
const normalise = (contentType: string) => contentType.toLowerCase().replace(/\s+/g, '');

export function documentRoutes(ctx: SandboxContext): Router {
  const router = Router();

  router.put('/_documents/:id', express.raw({ type: () => true, limit: '50mb' }), (req, res) => {
    const doc = ctx.state.feeds.documents.get(req.params.id);
    if (!doc || doc.kind !== 'input') return s3Error(res, 403, 'AccessDenied', 'Access Denied');
    const given = req.get('content-type') ?? '';
    if (normalise(given) !== normalise(doc.contentType)) {
      return s3Error(
        res,
        403,
        'SignatureDoesNotMatch',
        `The request signature we calculated does not match the signature you provided. The document was created for Content-Type '${doc.contentType}', the upload used '${given}'.`,
      );
    }
    doc.content = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    res
      .status(200)
      .set('ETag', `"${doc.content.length.toString(16)}"`)
      .end();
  });

  router.get('/_documents/:id', (req, res) => {
    const doc = ctx.state.feeds.documents.get(req.params.id);
    if (!doc?.content) return s3Error(res, 404, 'NoSuchKey', 'The specified key does not exist.');
    if (req.query['response-content-encoding'] === 'gzip' && doc.compressed)
      res.set('Content-Encoding', 'gzip');
    res.status(200).type(doc.contentType).send(doc.content);
  });

  return router;
}
