import { afterAll, afterEach, beforeAll } from 'vitest';
import { startTestSandbox, type TestSandbox } from './sandbox.js';

/**
 * The SP-API sandbox for one test file: started before its tests, its faults cleared after each test,
 * stopped after them. Use it at the top of the file; it is ready inside the tests.
 */
export function useTestSandbox(): TestSandbox {
  let started: TestSandbox | undefined;
  const sandbox = () => {
    if (!started) throw new Error('The test sandbox starts before the tests (beforeAll).');
    return started;
  };
  beforeAll(async () => {
    started = await startTestSandbox();
  });
  afterEach(async () => {
    if (started) await fetch(`${started.url}/_sandbox/faults`, { method: 'DELETE' });
  });
  afterAll(() => started?.close());
  return {
    get url() {
      return sandbox().url;
    },
    get port() {
      return sandbox().port;
    },
    control: (path, body) => sandbox().control(path, body),
    get: (path) => sandbox().get(path),
    close: () => sandbox().close(),
  };
}
