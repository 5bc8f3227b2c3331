import type { Knex } from 'knex';
import type { Access, RouteDefinition } from './routes.js';
import { NotFoundError } from './errors.js';
import { parseId } from './ids.js';
import { runList } from './list-pages.js';
import { parseListQuery, type ListSpec } from './list-query.js';
import { listOptions, sendList } from './list-response.js';

export interface ReadResource {
  list: ListSpec;
  access: Access;
  /** Human name of one record, for messages: "Amazon store". */
  noun: string;
  /** A fresh query selecting the API fields; `id` must be among them. */
  query: () => Knex.QueryBuilder;
  /** The table alone, when `query` joins others for fields only: lists read keys and counts from it. */
  from?: () => Knex.QueryBuilder;
}

/** `GET /api/<resource>` (ra-data-simple-rest list) and `GET /api/<resource>/:id` for a read-only resource. */
export function readRoutes(resource: ReadResource): RouteDefinition[] {
  const { list: spec } = resource;
  return [
    {
      method: 'get',
      path: `/api/${spec.resource}`,
      access: resource.access,
      summary: `List ${spec.resource}`,
      handler: async (req, res) => {
        const list = parseListQuery(req.query, spec);
        const { rows, total } = await runList(resource.query(), list, {
          ...listOptions(req),
          from: resource.from?.(),
        });
        sendList(res, spec.resource, list, rows, total);
      },
    },
    {
      method: 'get',
      path: `/api/${spec.resource}/:id`,
      access: resource.access,
      summary: `One of ${spec.resource}`,
      handler: async (req, res) => {
        const id = spec.idType === 'int' ? parseId(req.params.id, resource.noun) : String(req.params.id);
        const row = await resource.query().where(spec.idColumn, id).first();
        if (!row) throw new NotFoundError(`No ${resource.noun} ${req.params.id}.`);
        res.json(row);
      },
    },
  ];
}
