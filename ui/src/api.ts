import type { Diagnostic, HistoryEvent, LogLine, Pipeline } from './lib/types.ts';

/**
 * The server's APIs: the Step Functions API (AWS JSON 1.0 on POST /) and Stepline's /api/*.
 * On a server bound beyond loopback calls need a token: asked for once, kept in sessionStorage.
 */
const TOKEN_KEY = 'stepline.token';

export class ApiError extends Error {
  constructor(message: string, readonly status: number, readonly type?: string) {
    super(message);
  }
}

async function call(path: string, init: RequestInit = {}, retried = false): Promise<any> {
  const headers = new Headers(init.headers);
  const token = sessionStorage.getItem(TOKEN_KEY);
  if (token) headers.set('Authorization', `Bearer ${token}`);
  const response = await fetch(path, { ...init, headers });
  if ((response.status === 401 || response.status === 403) && !retried) {
    const entered = window.prompt('This Stepline server needs an access token (server.token):');
    if (entered) {
      sessionStorage.setItem(TOKEN_KEY, entered.trim());
      return call(path, init, true);
    }
  }
  const text = await response.text();
  let body: any = undefined;
  try {
    body = text ? JSON.parse(text) : {};
  } catch {
    body = { message: text };
  }
  if (!response.ok) {
    const type = body?.__type ? String(body.__type).split('#').pop() : undefined;
    throw new ApiError(body?.message ?? body?.Message ?? `${response.status} ${response.statusText}`, response.status, type);
  }
  return body;
}

/** One Step Functions operation, e.g. sfn('StartExecution', {stateMachineArn, input}). */
export function sfn<T = any>(operation: string, request: object): Promise<T> {
  return call('/', {
    method: 'POST',
    headers: { 'X-Amz-Target': `AWSStepFunctions.${operation}`, 'Content-Type': 'application/x-amz-json-1.0' },
    body: JSON.stringify(request),
  });
}

export async function pipelines(): Promise<Pipeline[]> {
  return (await call('/api/pipelines')).pipelines ?? [];
}

export async function validate(definition: string): Promise<Diagnostic[]> {
  return (await call('/api/validate', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ definition }) })).diagnostics ?? [];
}

export async function logs(executionArn: string, state?: string): Promise<LogLine[]> {
  const query = state ? `?state=${encodeURIComponent(state)}` : '';
  return (await call(`/api/executions/${encodeURIComponent(executionArn)}/logs${query}`)).lines ?? [];
}

export async function history(executionArn: string): Promise<HistoryEvent[]> {
  const events: HistoryEvent[] = [];
  let nextToken: string | undefined;
  do {
    const page: any = await sfn('GetExecutionHistory', { executionArn, maxResults: 1000, ...(nextToken ? { nextToken } : {}) });
    events.push(...(page.events ?? []));
    nextToken = page.nextToken ?? undefined;
  } while (nextToken);
  return events;
}

export function startBackfill(request: { pipeline: string; from: string; to: string; policy?: string; concurrency?: number }): Promise<{ backfillId: string }> {
  return call('/api/backfills', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(request) });
}

export function backfill(id: string): Promise<{ done: number; running: number; failed: number; remaining: number; status: string }> {
  return call(`/api/backfills/${encodeURIComponent(id)}`);
}
