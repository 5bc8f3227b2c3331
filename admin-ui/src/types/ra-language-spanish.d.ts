// ra-language-spanish@1.0.0 ships plain CommonJS without types; it holds a partial `ra` message tree.
declare module 'ra-language-spanish' {
  import type { StringMap } from 'react-admin';

  const spanishMessages: StringMap;
  export default spanishMessages;
}
