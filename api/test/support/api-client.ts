export interface ApiResponse<T = unknown> {
  status: number;
  headers: Headers;
  text: string;
  body: T;
}

/** fetch with one cookie jar: enough for a session cookie. */
export class ApiClient {
  private cookie: string | undefined;

  constructor(private readonly baseUrl: string) {}

  get<T = unknown>(path: string): Promise<ApiResponse<T>> {
    return this.request<T>('GET', path);
  }

  post<T = unknown>(path: string, body?: unknown): Promise<ApiResponse<T>> {
    return this.request<T>('POST', path, body === undefined ? {} : body);
  }

  put<T = unknown>(path: string, body: unknown): Promise<ApiResponse<T>> {
    return this.request<T>('PUT', path, body);
  }

  /** A request exactly as given: for malformed bodies and wrong content types. */
  async raw(method: string, path: string, init: { body?: string; headers?: Record<string, string> } = {}) {
    return this.send(method, path, init.body, init.headers ?? {});
  }

  private request<T>(method: string, path: string, body?: unknown): Promise<ApiResponse<T>> {
    const headers: Record<string, string> = body === undefined ? {} : { 'content-type': 'application/json' };
    return this.send<T>(method, path, body === undefined ? undefined : JSON.stringify(body), headers);
  }

  private async send<T>(
    method: string,
    path: string,
    body: string | undefined,
    headers: Record<string, string>,
  ) {
    const res = await fetch(this.baseUrl + path, {
      method,
      body,
      headers: { ...headers, ...(this.cookie ? { cookie: this.cookie } : {}) },
    });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) this.cookie = setCookie.split(';')[0];
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // not JSON: keep the text
    }
    return { status: res.status, headers: res.headers, text, body: parsed as T };
  }

  /** The raw Set-Cookie of the last login, for checking its flags. */
  get sessionCookie(): string | undefined {
    return this.cookie;
  }
}
