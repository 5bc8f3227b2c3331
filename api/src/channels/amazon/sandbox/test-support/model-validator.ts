// Validates the sandbox's answers against Amazon's own Swagger 2.0 models (../shared beside the repository):
// the models' `definitions` become a JSON Schema that ajv compiles, and each answer is checked against the
// response schema the model gives for its path, method and status.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

const here = path.dirname(fileURLToPath(import.meta.url));
/** test-support -> sandbox -> amazon -> channels -> src -> api -> repository root. */
export const REPO_ROOT = path.resolve(here, '..', '..', '..', '..', '..', '..');
export const MODELS_DIR = path.resolve(REPO_ROOT, '..', 'shared', 'reference', 'amazon-sp-api');

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Drops Swagger's vendor extensions (x-*) and `example`, which are not JSON Schema. */
function clean(value: Json, modelId: string): Json {
  if (Array.isArray(value)) return value.map((v) => clean(v, modelId));
  if (value === null || typeof value !== 'object') return value;
  const out: { [key: string]: Json } = {};
  for (const [key, child] of Object.entries(value)) {
    if (key.startsWith('x-') || key === 'example') continue;
    out[key] =
      key === '$ref' && typeof child === 'string'
        ? child.replace(/^#\/definitions\//, `${modelId}#/definitions/`)
        : clean(child, modelId);
  }
  return out;
}

// ajv-formats is CommonJS; its default export arrives as the module object under some loaders.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (
  ajv: Ajv,
) => Ajv;

export interface ModelValidator {
  /** The validation errors of `body` as the answer `status` of `method path` (empty when valid). */
  errors(pathTemplate: string, method: string, status: number, body: unknown): string[];
}

export function loadModel(
  file: 'ordersV0.json' | 'orders_2026-01-01.json' | 'feeds_2021-06-30.json',
): ModelValidator {
  const model = JSON.parse(fs.readFileSync(path.join(MODELS_DIR, file), 'utf8')) as {
    definitions: Json;
    paths: Record<string, Record<string, { responses: Record<string, { schema?: Json }> }>>;
  };
  const modelId = `urn:sp-api:${file}`;
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addFormat('double', true);
  ajv.addSchema({ $id: modelId, definitions: clean(model.definitions, modelId) });
  const compiled = new Map<string, ValidateFunction>();

  return {
    errors(pathTemplate, method, status, body) {
      const response = model.paths[pathTemplate]?.[method.toLowerCase()]?.responses[String(status)];
      if (!response) return [`the model has no ${status} answer for ${method} ${pathTemplate}`];
      if (!response.schema)
        return body === undefined || body === '' ? [] : ['the model gives this answer no body'];
      const key = `${method} ${pathTemplate} ${status}`;
      let validate = compiled.get(key);
      if (!validate) {
        validate = ajv.compile(clean(response.schema, modelId) as object);
        compiled.set(key, validate);
      }
      if (validate(body)) return [];
      return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
    },
  };
}
