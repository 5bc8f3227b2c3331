// Things that go on while a resilience test runs: a loop that repeats a step until stopped, and a sleep.
export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export interface Loop {
  /** Problems the step reported (a thrown error is one), in order. */
  readonly problems: string[];
  /** Resolves once the step said it is done (returned true) or the loop was stopped. */
  readonly finished: Promise<void>;
  stop(): Promise<void>;
}

/** Runs `step` again and again, `pauseMs` apart, until it answers true or the loop is stopped. */
export function repeat(name: string, pauseMs: number, step: () => Promise<boolean | void>): Loop {
  const problems: string[] = [];
  let stopped = false;
  const finished = (async () => {
    while (!stopped) {
      try {
        if ((await step()) === true) return;
      } catch (error) {
        problems.push(`${name}: ${(error as Error).message}`);
      }
      await sleep(pauseMs);
    }
  })();
  return {
    problems,
    finished,
    stop: async () => {
      stopped = true;
      await finished;
    },
  };
}

/** Waits until `check` answers a value (not undefined/false), asking every `everyMs`; throws after `timeoutMs`. */
export async function waitFor<T>(
  what: string,
  check: () => Promise<T | undefined | false>,
  options: { timeoutMs: number; everyMs?: number },
): Promise<T> {
  const deadline = Date.now() + options.timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${options.timeoutMs} ms waiting for ${what}`);
    await sleep(options.everyMs ?? 500);
  }
}
