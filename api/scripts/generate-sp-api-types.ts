// Regenerates the TypeScript types of the SP-API models we use, from Amazon's own Swagger 2.0 files in
// ../shared/reference/amazon-sp-api/: Swagger 2 -> OpenAPI 3 (swagger2openapi) -> types (openapi-typescript).
// Run: pnpm --filter @orderdesk/api gen:sp-api-types
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import swagger2openapi from 'swagger2openapi';

const here = path.dirname(fileURLToPath(import.meta.url));
const reference = path.resolve(here, '..', '..', '..', 'shared', 'reference', 'amazon-sp-api');
const target = path.resolve(here, '..', 'src', 'channels', 'amazon', 'sp-api', 'generated');

const models = [
  { file: 'ordersV0.json', out: 'orders-v0.ts' },
  { file: 'orders_2026-01-01.json', out: 'orders-2026-01-01.ts' },
  { file: 'feeds_2021-06-30.json', out: 'feeds-2021-06-30.ts' },
];

for (const model of models) {
  const swagger = JSON.parse(fs.readFileSync(path.join(reference, model.file), 'utf8'));
  const { openapi } = await swagger2openapi.convertObj(swagger, { patch: true, warnOnly: true });
  const ast = await openapiTS(openapi);
  const banner = `// Generated from ../shared/reference/amazon-sp-api/${model.file} by scripts/generate-sp-api-types.ts. Do not edit.\n`;
  fs.writeFileSync(path.join(target, model.out), banner + astToString(ast));
  process.stdout.write(`wrote ${model.out}\n`);
}
