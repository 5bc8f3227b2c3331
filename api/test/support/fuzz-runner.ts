import type { FuzzRequest, FuzzSession } from './fuzz-requests.js';

export interface FuzzReport {
  requests: number;
  /** Answers by status, e.g. {400: 6000, 404: 2100, 200: 40}. */
  statuses: Record<number, number>;
  /** Requests by kind of malformation. */
  kinds: Record<string, number>;
  /** Every answer that broke a rule (a 5xx, a 4xx without a JSON message, no answer), described. */
  failures: string[];
}

export interface FuzzSessions {
  /** The session cookie of each logged-in role; anonymous has none. */
  cookie(as: FuzzSession): string | undefined;
  /** Logs the role in again (a fuzzed logout or password change may have ended its session). */
  renew(as: FuzzSession): Promise<void>;
}

const short = (text: string | undefined, max = 200) =>
  text === undefined ? '' : text.length > max ? `${text.slice(0, max)}… (${text.length} chars)` : text;

/** What is wrong with one answer, or null: never a 5xx; a 4xx is JSON with a non-empty message. */
function problemWith(status: number, contentType: string | null, text: string): string | null {
  if (status >= 500) return `answered ${status}`;
  if (status < 400) return null;
  if (!contentType?.startsWith('application/json')) return `${status} is not JSON (${contentType})`;
  try {
    const body = JSON.parse(text) as { message?: unknown };
    if (typeof body.message !== 'string' || body.message.trim() === '') return `${status} without a message`;
  } catch {
    return `${status} with a body that is not JSON`;
  }
  return null;
}

async function send(baseUrl: string, sessions: FuzzSessions, request: FuzzRequest) {
  const cookie = sessions.cookie(request.as);
  const res = await fetch(baseUrl + request.path, {
    method: request.method,
    headers: { ...request.headers, ...(cookie ? { cookie } : {}) },
    body: request.body,
    signal: AbortSignal.timeout(60_000),
  });
  return { status: res.status, contentType: res.headers.get('content-type'), text: await res.text() };
}

/** Sends the requests, `concurrency` at a time, and checks every answer. */
export async function runFuzz(
  baseUrl: string,
  sessions: FuzzSessions,
  requests: Iterable<FuzzRequest>,
  concurrency = 8,
): Promise<FuzzReport> {
  const report: FuzzReport = { requests: 0, statuses: {}, kinds: {}, failures: [] };
  const queue = [...requests];
  for (let start = 0; start < queue.length; start += concurrency) {
    const batch = queue.slice(start, start + concurrency);
    const answers = await Promise.all(
      batch.map((request) =>
        send(baseUrl, sessions, request).catch((error: unknown) => ({
          status: 0,
          contentType: null,
          text: `no answer: ${error instanceof Error ? error.message : String(error)}`,
        })),
      ),
    );
    const ended = new Set<FuzzSession>();
    answers.forEach((answer, i) => {
      const request = batch[i]!;
      report.requests++;
      report.statuses[answer.status] = (report.statuses[answer.status] ?? 0) + 1;
      report.kinds[request.kind] = (report.kinds[request.kind] ?? 0) + 1;
      const problem =
        answer.status === 0 ? answer.text : problemWith(answer.status, answer.contentType, answer.text);
      if (problem)
        report.failures.push(
          `${problem}: ${request.kind} ${request.method} ${short(request.path)} as ${request.as}` +
            ` ${JSON.stringify(request.headers)} body ${short(request.body)} -> ${short(answer.text, 500)}`,
        );
      if (answer.status === 401 && request.as !== 'anonymous') ended.add(request.as);
    });
    for (const as of ended) await sessions.renew(as);
  }
  return report;
}
