declare module 'swagger2openapi' {
  import type { OpenAPI3 } from 'openapi-typescript';

  export function convertObj(
    swagger: unknown,
    options: { patch?: boolean; warnOnly?: boolean },
  ): Promise<{ openapi: OpenAPI3 }>;
  const swagger2openapi: { convertObj: typeof convertObj };
  export default swagger2openapi;
}
