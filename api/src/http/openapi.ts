import { z } from 'zod';
import type { RouteDefinition } from './routes.js';

/** An OpenAPI 3.1 description generated from the route table, so it cannot drift from what is served. */
export function buildOpenApi(routes: readonly RouteDefinition[]) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const openApiPath = route.path.replace(/:(\w+)/g, '{$1}');
    const parameters = [...route.path.matchAll(/:(\w+)/g)].map((match) => ({
      name: match[1],
      in: 'path',
      required: true,
      schema: { type: 'string' },
    }));
    const operation: Record<string, unknown> = {
      summary: route.summary,
      'x-roles': route.access === 'public' ? 'public' : [...route.access],
      security: route.access === 'public' ? [] : [{ sessionCookie: [] }],
      responses: { default: { $ref: '#/components/responses/Error' } },
    };
    if (parameters.length > 0) operation.parameters = parameters;
    if (route.body) {
      operation.requestBody = {
        required: true,
        content: {
          'application/json': { schema: z.toJSONSchema(route.body, { io: 'input', unrepresentable: 'any' }) },
        },
      };
    }
    paths[openApiPath] = { ...paths[openApiPath], [route.method]: operation };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Order Desk API', version: '1.0.0' },
    paths,
    components: {
      securitySchemes: { sessionCookie: { type: 'apiKey', in: 'cookie', name: 'od_session' } },
      responses: {
        Error: {
          description: 'An error: `{message, code, details}`',
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['message', 'code'],
                properties: { message: { type: 'string' }, code: { type: 'string' }, details: {} },
              },
            },
          },
        },
      },
    },
  };
}
