// Generated from ../shared/reference/amazon-sp-api/feeds_2021-06-30.json by scripts/generate-sp-api-types.ts. Do not edit.
export interface paths {
  '/feeds/2021-06-30/feeds': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * @description Returns feed details for the feeds that match the filters that you specify.
     *
     *     **Usage Plan:**
     *
     *     | Rate (requests per second) | Burst |
     *     | ---- | ---- |
     *     | 0.0222 | 10 |
     *
     *     The `x-amzn-RateLimit-Limit` response header returns the usage plan rate limits that were applied to the requested operation, when available. The preceding table indicates the default rate and burst values for this operation. Selling partners whose business demands require higher throughput may have higher rate and burst values than those shown here. For more information, refer to [Usage Plans and Rate Limits in the Selling Partner API](https://developer-docs.amazon.com/sp-api/docs/usage-plans-and-rate-limits-in-the-sp-api).
     */
    get: operations['getFeeds'];
    put?: never;
    /**
     * @description Creates a feed. Upload the contents of the feed document before calling this operation.
     *
     *     **Usage Plan:**
     *
     *     | Rate (requests per second) | Burst |
     *     | ---- | ---- |
     *     | 0.0083 | 15 |
     *
     *     The `x-amzn-RateLimit-Limit` response header returns the usage plan rate limits that were applied to the requested operation, when available. The preceding table indicates the default rate and burst values for this operation. Selling partners whose business demands require higher throughput may have higher rate and burst values than those shown here. For more information, refer to [Usage Plans and Rate Limits in the Selling Partner API](https://developer-docs.amazon.com/sp-api/docs/usage-plans-and-rate-limits-in-the-sp-api).
     *
     *     The rate limit for the [`JSON_LISTINGS_FEED`](https://developer-docs.amazon.com/sp-api/docs/listings-feed-type-values#listings-feed) feed type differs from the rate limit for the [`createFeed`](https://developer-docs.amazon.com/sp-api/reference/createfeed) operation. For more information, refer to the [Building Listings Management Workflows Guide](https://developer-docs.amazon.com/sp-api/docs/building-listings-management-workflows-guide#should-i-submit-in-bulk-using-the-json_listings_feed-or-individually-with-the-listings-items-api).
     */
    post: operations['createFeed'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/feeds/2021-06-30/feeds/{feedId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * @description Returns feed details (including the `resultDocumentId`, if available) for the feed that you specify.
     *
     *     **Usage Plan:**
     *
     *     | Rate (requests per second) | Burst |
     *     | ---- | ---- |
     *     | 2 | 15 |
     *
     *     The `x-amzn-RateLimit-Limit` response header returns the usage plan rate limits that were applied to the requested operation, when available. The preceding table indicates the default rate and burst values for this operation. Selling partners whose business demands require higher throughput may have higher rate and burst values than those shown here. For more information, refer to [Usage Plans and Rate Limits in the Selling Partner API](https://developer-docs.amazon.com/sp-api/docs/usage-plans-and-rate-limits-in-the-sp-api).
     */
    get: operations['getFeed'];
    put?: never;
    post?: never;
    /**
     * @description Cancels the feed that you specify. Only feeds with `processingStatus=IN_QUEUE` can be cancelled. Cancelled feeds are returned in subsequent calls to the [`getFeed`](https://developer-docs.amazon.com/sp-api/reference/getfeed) and [`getFeeds`](https://developer-docs.amazon.com/sp-api/reference/getfeeds) operations.
     *
     *     **Usage Plan:**
     *
     *     | Rate (requests per second) | Burst |
     *     | ---- | ---- |
     *     | 2 | 15 |
     *
     *     The `x-amzn-RateLimit-Limit` response header returns the usage plan rate limits that were applied to the requested operation, when available. The preceding table indicates the default rate and burst values for this operation. Selling partners whose business demands require higher throughput may have higher rate and burst values than those shown here. For more information, refer to [Usage Plans and Rate Limits in the Selling Partner API](https://developer-docs.amazon.com/sp-api/docs/usage-plans-and-rate-limits-in-the-sp-api).
     */
    delete: operations['cancelFeed'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/feeds/2021-06-30/documents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * @description Creates a feed document for the feed type that you specify. This operation returns a presigned URL for uploading the feed document contents. It also returns a `feedDocumentId` value that you can pass in with a subsequent call to the [`createFeed`](https://developer-docs.amazon.com/sp-api/reference/createfeed) operation.
     *
     *     **Usage Plan:**
     *
     *     | Rate (requests per second) | Burst |
     *     | ---- | ---- |
     *     | 0.5 | 15 |
     *
     *     The `x-amzn-RateLimit-Limit` response header returns the usage plan rate limits that were applied to the requested operation, when available. The preceding table indicates the default rate and burst values for this operation. Selling partners whose business demands require higher throughput may have higher rate and burst values than those shown here. For more information, refer to [Usage Plans and Rate Limits in the Selling Partner API](https://developer-docs.amazon.com/sp-api/docs/usage-plans-and-rate-limits-in-the-sp-api).
     */
    post: operations['createFeedDocument'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/feeds/2021-06-30/documents/{feedDocumentId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * @description Returns the information required for retrieving a feed document's contents.
     *
     *     **Usage Plan:**
     *
     *     | Rate (requests per second) | Burst |
     *     | ---- | ---- |
     *     | 0.0222 | 10 |
     *
     *     The `x-amzn-RateLimit-Limit` response header returns the usage plan rate limits that were applied to the requested operation, when available. The preceding table indicates the default rate and burst values for this operation. Selling partners whose business demands require higher throughput may have higher rate and burst values than those shown here. For more information, refer to [Usage Plans and Rate Limits in the Selling Partner API](https://developer-docs.amazon.com/sp-api/docs/usage-plans-and-rate-limits-in-the-sp-api).
     */
    get: operations['getFeedDocument'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    /** @description An error response returned when the request is unsuccessful. */
    Error: {
      /** @description An error code that identifies the type of error that occurred. */
      code: string;
      /** @description A message that describes the error condition. */
      message: string;
      /** @description Additional details that can help the caller understand or fix the issue. */
      details?: string;
    };
    /** @description A list of error responses returned when a request is unsuccessful. */
    ErrorList: {
      /** @description An error response returned when the request is unsuccessful. */
      errors: components['schemas']['Error'][];
    };
    /** @description Response schema. */
    CreateFeedResponse: {
      /** @description The identifier for the feed. This identifier is unique only in combination with a seller ID. */
      feedId: string;
    };
    /** @description Detailed information about the feed. */
    Feed: {
      /** @description The identifier for the feed. This identifier is unique only in combination with a seller ID. */
      feedId: string;
      /** @description The feed type. */
      feedType: string;
      /** @description A list of identifiers for the marketplaces that the feed is applied to. */
      marketplaceIds?: string[];
      /**
       * Format: date-time
       * @description The date and time when the feed was created, in ISO 8601 date time format.
       */
      createdTime: string;
      /**
       * @description The processing status of the feed.
       * @enum {string}
       */
      processingStatus: 'CANCELLED' | 'DONE' | 'FATAL' | 'IN_PROGRESS' | 'IN_QUEUE';
      /**
       * Format: date-time
       * @description The date and time when feed processing started, in ISO 8601 date time format.
       */
      processingStartTime?: string;
      /**
       * Format: date-time
       * @description The date and time when feed processing completed, in ISO 8601 date time format.
       */
      processingEndTime?: string;
      /** @description The identifier for the feed document. This identifier is unique only in combination with a seller ID. */
      resultFeedDocumentId?: string;
    };
    /** @description A list of feeds. */
    FeedList: components['schemas']['Feed'][];
    /** @description Response schema. */
    GetFeedsResponse: {
      feeds: components['schemas']['FeedList'];
      /** @description Returned when the number of results exceeds pageSize. To get the next page of results, call the getFeeds operation with this token as the only parameter. */
      nextToken?: string;
    };
    /** @description Information required for the feed document. */
    FeedDocument: {
      /** @description The identifier for the feed document. This identifier is unique only in combination with a seller ID. */
      feedDocumentId: string;
      /** @description A presigned URL for the feed document. If `compressionAlgorithm` is not returned, you can download the feed directly from this URL. This URL expires after 5 minutes. */
      url: string;
      /**
       * @description If the feed document contents have been compressed, the compression algorithm used is returned in this property and you must decompress the feed when you download. Otherwise, you can download the feed directly. Refer to [Step 7. Download the feed processing report](doc:feeds-api-v2021-06-30-use-case-guide#step-7-download-the-feed-processing-report) in the use case guide, where sample code is provided.
       * @enum {string}
       */
      compressionAlgorithm?: 'GZIP';
    };
    /** @description Additional options to control the feed. These vary by feed type. */
    FeedOptions: {
      [key: string]: string;
    };
    /** @description Information required to create the feed. */
    CreateFeedSpecification: {
      /** @description The feed type. */
      feedType: string;
      /** @description A list of identifiers for marketplaces that you want the feed to be applied to. */
      marketplaceIds: string[];
      /** @description The document identifier returned by the createFeedDocument operation. Upload the feed document contents before calling the createFeed operation. */
      inputFeedDocumentId: string;
      feedOptions?: components['schemas']['FeedOptions'];
    };
    /** @description Specifies the content type for the createFeedDocument operation. */
    CreateFeedDocumentSpecification: {
      /** @description The content type of the feed. */
      contentType: string;
    };
    /** @description Information required to upload a feed document's contents. */
    CreateFeedDocumentResponse: {
      /** @description The identifier of the feed document. */
      feedDocumentId: string;
      /** @description The presigned URL for uploading the feed contents. This URL expires after 5 minutes. */
      url: string;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  getFeeds: {
    parameters: {
      query?: {
        /** @description A list of feed types used to filter feeds. When feedTypes is provided, the other filter parameters (processingStatuses, marketplaceIds, createdSince, createdUntil) and pageSize may also be provided. Either feedTypes or nextToken is required. */
        feedTypes?: string[];
        /** @description A list of marketplace identifiers used to filter feeds. The feeds returned will match at least one of the marketplaces that you specify. */
        marketplaceIds?: string[];
        /** @description The maximum number of feeds to return in a single call. */
        pageSize?: number;
        /** @description A list of processing statuses used to filter feeds. */
        processingStatuses?: ('CANCELLED' | 'DONE' | 'FATAL' | 'IN_PROGRESS' | 'IN_QUEUE')[];
        /** @description The earliest feed creation date and time for feeds included in the response, in ISO 8601 format. The default is 90 days ago. Feeds are retained for a maximum of 90 days. */
        createdSince?: string;
        /** @description The latest feed creation date and time for feeds included in the response, in ISO 8601 format. The default is now. */
        createdUntil?: string;
        /** @description A string token returned in the response to your previous request. nextToken is returned when the number of results exceeds the specified pageSize value. To get the next page of results, call the getFeeds operation and include this token as the only parameter. Specifying nextToken with any other parameters will cause the request to fail. */
        nextToken?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success. */
      200: {
        headers: {
          /** @description Your rate limit (requests per second) for this operation. */
          'x-amzn-RateLimit-Limit'?: string;
          /** @description Unique request reference identifier. */
          'x-amzn-RequestId'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GetFeedsResponse'];
        };
      };
      /** @description Request has missing or invalid parameters and cannot be parsed. */
      400: {
        headers: {
          /** @description Your rate limit (requests per second) for this operation. */
          'x-amzn-RateLimit-Limit'?: string;
          /** @description Unique request reference identifier. */
          'x-amzn-RequestId'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorList'];
        };
      };
      /** @description The request's Authorization header is not formatted correctly or does not contain a valid token. */
      401: {
        headers: {
          /** @description Unique request reference identifier. */
          'x-amzn-RequestId'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorList'];
        };
      };
      /** @description Indicates access to the resource is forbidden. Possible reasons include Access Denied, Unauthorized, Expired Token, or Invalid Signature. */
      403: {
        headers: {
          /** @description Unique request reference identifier. */
          'x-amzn-RequestId'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorList'];
        };
      };
      /** @description The specified resource does not exist. */
      404: {
        headers: {
          /** @description Your rate limit (requests per second) for this operation. */
          'x-amzn-RateLimit-Limit'?: string;
          /** @description Unique request reference identifier. */
          'x-amzn-RequestId'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorList'];
        };
      };
      /** @description The request's Content-Type header is invalid. */
      415: {
        headers: {
          /** @description Unique request reference identifier. */
          'x-amzn-RequestId'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorList'];
        };
      };
      /** @description The frequency of requests was greater than allowed. */
      429: {
        headers: {
          /** @description Unique request reference identifier. */
          'x-amzn-RequestId'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorList'];
        };
      };
      /** @description An unexpected condition occurred that prevented the server from fulfilling the request. */
      500: {
        headers: {
          /** @description Unique request reference identifier. */
          'x-amzn-RequestId'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorList'];
        };
      };
      /** @description Temporary overloading or maintenance of the server. */
      503: {
        headers: {
          /** @description Unique request reference identifier. */
          'x-amzn-RequestId'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorList'];
        };
      };
    };
  };
  createFeed: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Information required to create the feed. */
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateFeedSpecification'];
      };
    };
    responses: {
      /** @description Success. */
      202: {
        headers: {
          /** @description Your rate limit (requests per second) for this operation. */
          'x-amzn-RateLimit-Limit'?: string;
          /** @description Unique request reference identifier. */
          'x-amzn-RequestId'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreateFeedResponse'];
        };
      };
      /** @description Request has missing or invalid parameters and cannot be parsed. */
      400: {
        headers: {
          /** @description Your rate limit (requests per second) for this operation. */
          'x-amzn-RateLimit-Limit'?: string;
          /** @description Unique request reference identifier. */
          'x-amzn-RequestId'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorList'];
        };
      };
      /** @description The request's Authorization header is not formatted correctly or does not contain a valid token. */
      401: {
        headers: {
          /** @description Unique request reference identifier. */
          'x-amzn-RequestId'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorList'];
        };
      };
      /** @description Indicates access to the resource is forbidden. Possible reasons include Access Denied, Unauthorized, Expired Token, or Invalid Signature. */
      403: {
        headers: {
          /** @description Unique request reference identifier. */
          'x-amzn-RequestId'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorList'];
        };
      };
      /** @description The specified resource does not exist. */
      404: {
        headers: {
          /** @description Your rate limit (requests per second) for this operation. */
          'x-amzn-RateLimit-Limit'?: string;
          /** @description Unique request reference identifier. */
          'x-amzn-RequestId'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorList'];
        };
      };
      /** @description The request's Content-Type header is invalid. */
      415: {
        headers: {
          /** @description Unique request reference identifier. */
          'x-amzn-RequestId'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorList'];
        };
      };
      /** @description The frequency of requests was greater than allowed. */
      429: {
        headers: {
          /** @description Unique request reference identifier. */
          'x-amzn-RequestId'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorList'];
        };
      };
      /** @description An unexpected condition occurred that prevented the server from fulfilling the request. */
      500: {
        headers: {
          /** @description Unique request reference identifier. */
          'x-amzn-RequestId'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorList'];
        };
      };
      /** @description Temporary overloading or maintenance of the server. */
      503: {
        headers: {
          /** @description Unique request reference identifier. */
          'x-amzn-RequestId'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorList'];
        };
      };
    };
  };
  getFeed: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The identifier for the feed. This identifier is unique only in combination with a seller ID. */
        feedId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success. */
      200: {
        headers: {
          /** @description Your rate limit (requests per second) for this operation. */
          'x-amzn-RateLimit-Limit'?: string;
          /** @description Unique request reference identifier. */
          'x-amzn-RequestId'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Feed'];
        };
      };
      /** @description Request has missing or invalid parameters and cannot be parsed. */
      400: {
        headers: {
          /** @description Your rate limit (requests per second) for this operation. */
          'x-amzn-RateLimit-Limit'?: string;
          /** @description Unique request reference identifier. */
          'x-amzn-RequestId'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorList'];
        };
      };
      /** @description The request's Authorization header is not formatted correctly or does not contain a valid token. */
      401: {
        headers: {
          /** @description Unique request reference identifier. */
          'x-amzn-RequestId'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorList'];
        };
      };
      /** @description Indicates access to the resource is forbidden. Possible reasons include Access Denied, Unauthorized, Expired Token, or Invalid Signature. */
      403: {
        headers: {
          /** @description Unique request reference identifier. */
          'x-amzn-RequestId'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorList'];
        };
      };
      /** @description The specified resource does not exist. */
      404: {
        headers: {
          /** @description Your rate limit (requests per second) for this operation. */
          'x-amzn-RateLimit-Limit'?: string;
          /** @description Unique request reference identifier. */
          'x-amzn-RequestId'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorList'];
        };
      };
      /** @description The request's Content-Type header is invalid. */
      415: {
        headers: {
          /** @description Unique request reference identifier. */
          'x-amzn-RequestId'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorList'];
        };
      };
      /** @description The frequency of requests was greater than allowed. */
      429: {
        headers: {
          /** @description Unique request reference identifier. */
          'x-amzn-RequestId'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorList'];
        };
      };
      /** @description An unexpected condition occurred that prevented the server from fulfilling the request. */
      500: {
        headers: {
          /** @description Unique request reference identifier. */
          'x-amzn-RequestId'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorList'];
        };
      };
      /** @description Temporary overloading or maintenance of the server. */
      503: {
        headers: {
          /** @description Unique request reference identifier. */
          'x-amzn-RequestId'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorList'];
        };
      };
    };
  };
  cancelFeed: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The identifier for the feed. This identifier is unique only in combination with a seller ID. */
        feedId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success. */
      200: {
        headers: {
          /** @description Your rate limit (requests per second) for this operation. */
          'x-amzn-RateLimit-Limit'?: string;
          /** @description Unique request reference identifier. */
          'x-amzn-RequestId'?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Request has missing or invalid parameters and cannot be parsed. */
      400: {
        headers: {
          /** @description Your rate limit (requests per second) for this operation. */
          'x-amzn-RateLimit-Limit'?: string;
          /** @description Unique request reference identifier. */
          'x-amzn-RequestId'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorList'];
        };
      };
      /** @description The request's Authorization header is not formatted correctly or does not contain a valid token. */
      401: {
        headers: {
          /** @description Unique request reference identifier. */
          'x-amzn-RequestId'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorList'];
        };
      };
      /** @description Indicates access to the resource is forbidden. Possible reasons include Access Denied, Unauthorized, Expired Token, or Invalid Signature. */
      403: {
        headers: {
          /** @description Unique request reference identifier. */
          'x-amzn-RequestId'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorList'];
        };
      };
      /** @description The specified resource does not exist. */
      404: {
        headers: {
          /** @description Your rate limit (requests per second) for this operation. */
          'x-amzn-RateLimit-Limit'?: string;
          /** @description Unique request reference identifier. */
          'x-amzn-RequestId'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorList'];
        };
      };
      /** @description The request's Content-Type header is invalid. */
      415: {
        headers: {
          /** @description Unique request reference identifier. */
          'x-amzn-RequestId'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorList'];
        };
      };
      /** @description The frequency of requests was greater than allowed. */
      429: {
        headers: {
          /** @description Unique request reference identifier. */
          'x-amzn-RequestId'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorList'];
        };
      };
      /** @description An unexpected condition occurred that prevented the server from fulfilling the request. */
      500: {
        headers: {
          /** @description Unique request reference identifier. */
          'x-amzn-RequestId'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorList'];
        };
      };
      /** @description Temporary overloading or maintenance of the server. */
      503: {
        headers: {
          /** @description Unique request reference identifier. */
          'x-amzn-RequestId'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorList'];
        };
      };
    };
  };
  createFeedDocument: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Specifies the content type for the createFeedDocument operation. */
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateFeedDocumentSpecification'];
      };
    };
    responses: {
      /** @description Successfully created a feed document that is ready to receive contents. */
      201: {
        headers: {
          /** @description Your rate limit (requests per second) for this operation. */
          'x-amzn-RateLimit-Limit'?: string;
          /** @description Unique request reference identifier. */
          'x-amzn-RequestId'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreateFeedDocumentResponse'];
        };
      };
      /** @description Request has missing or invalid parameters and cannot be parsed. */
      400: {
        headers: {
          /** @description Your rate limit (requests per second) for this operation. */
          'x-amzn-RateLimit-Limit'?: string;
          /** @description Unique request reference identifier. */
          'x-amzn-RequestId'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorList'];
        };
      };
      /** @description Indicates that access to the resource is forbidden. Possible reasons include Access Denied, Unauthorized, Expired Token, or Invalid Signature. */
      403: {
        headers: {
          /** @description Unique request reference identifier. */
          'x-amzn-RequestId'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorList'];
        };
      };
      /** @description The resource specified does not exist. */
      404: {
        headers: {
          /** @description Your rate limit (requests per second) for this operation. */
          'x-amzn-RateLimit-Limit'?: string;
          /** @description Unique request reference identifier. */
          'x-amzn-RequestId'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorList'];
        };
      };
      /** @description The request size exceeded the maximum accepted size. */
      413: {
        headers: {
          /** @description Unique request reference identifier. */
          'x-amzn-RequestId'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorList'];
        };
      };
      /** @description The request payload is in an unsupported format. */
      415: {
        headers: {
          /** @description Unique request reference identifier. */
          'x-amzn-RequestId'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorList'];
        };
      };
      /** @description The frequency of requests was greater than allowed. */
      429: {
        headers: {
          /** @description Unique request reference identifier. */
          'x-amzn-RequestId'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorList'];
        };
      };
      /** @description An unexpected condition occurred that prevented the server from fulfilling the request. */
      500: {
        headers: {
          /** @description Unique request reference identifier. */
          'x-amzn-RequestId'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorList'];
        };
      };
      /** @description Temporary overloading or maintenance of the server. */
      503: {
        headers: {
          /** @description Unique request reference identifier. */
          'x-amzn-RequestId'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorList'];
        };
      };
    };
  };
  getFeedDocument: {
    parameters: {
      query?: {
        /** @description When `true`, the Content-Encoding header on the returned URL is set to `gzip` instead of the default `identity` when `compressionAlgorithm` is `GZIP`. This allows automatic decompression by HTTP clients. */
        enableContentEncodingUrlHeader?: boolean;
      };
      header?: never;
      path: {
        /** @description The identifier of the feed document. */
        feedDocumentId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success. */
      200: {
        headers: {
          /** @description Your rate limit (requests per second) for this operation. */
          'x-amzn-RateLimit-Limit'?: string;
          /** @description Unique request reference identifier. */
          'x-amzn-RequestId'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FeedDocument'];
        };
      };
      /** @description Request has missing or invalid parameters and cannot be parsed. */
      400: {
        headers: {
          /** @description Your rate limit (requests per second) for this operation. */
          'x-amzn-RateLimit-Limit'?: string;
          /** @description Unique request reference identifier. */
          'x-amzn-RequestId'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorList'];
        };
      };
      /** @description The request's Authorization header is not formatted correctly or does not contain a valid token. */
      401: {
        headers: {
          /** @description Unique request reference identifier. */
          'x-amzn-RequestId'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorList'];
        };
      };
      /** @description Indicates access to the resource is forbidden. Possible reasons include Access Denied, Unauthorized, Expired Token, or Invalid Signature. */
      403: {
        headers: {
          /** @description Unique request reference identifier. */
          'x-amzn-RequestId'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorList'];
        };
      };
      /** @description The specified resource does not exist. */
      404: {
        headers: {
          /** @description Your rate limit (requests per second) for this operation. */
          'x-amzn-RateLimit-Limit'?: string;
          /** @description Unique request reference identifier. */
          'x-amzn-RequestId'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorList'];
        };
      };
      /** @description The request's Content-Type header is invalid. */
      415: {
        headers: {
          /** @description Unique request reference identifier. */
          'x-amzn-RequestId'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorList'];
        };
      };
      /** @description The frequency of requests was greater than allowed. */
      429: {
        headers: {
          /** @description Unique request reference identifier. */
          'x-amzn-RequestId'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorList'];
        };
      };
      /** @description An unexpected condition occurred that prevented the server from fulfilling the request. */
      500: {
        headers: {
          /** @description Unique request reference identifier. */
          'x-amzn-RequestId'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorList'];
        };
      };
      /** @description Temporary overloading or maintenance of the server. */
      503: {
        headers: {
          /** @description Unique request reference identifier. */
          'x-amzn-RequestId'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorList'];
        };
      };
    };
  };
}
