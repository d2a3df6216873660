import type { HistoryEvent } from './types.ts';

/**
 * Each state's status on a run, derived from its history events (history is the truth):
 * not reached, running, succeeded, failed (the error happened here and nothing caught it),
 * caught (the error happened here and a Catch took it), retried (succeeded after failed attempts).
 */
export type StateStatus = 'notReached' | 'running' | 'succeeded' | 'failed' | 'caught' | 'retried';

export interface Attempt {
  index: number;
  start: number;
  end?: number;
  error?: string;
  cause?: string;
  ok?: boolean;
}

export interface StateRun {
  name: string;
  status: StateStatus;
  input?: string;
  output?: string;
  variables?: Record<string, string>;
  error?: string;
  cause?: string;
  attempts: Attempt[];
  entered: number;
  exited?: number;
  visits: number;
}

const FAILURE = /(TaskFailed|TaskTimedOut|LambdaFunctionFailed|LambdaFunctionTimedOut|LambdaFunctionStartFailed|TaskStartFailed|TaskSubmitFailed|ParallelStateFailed|MapStateFailed|MapRunFailed)$/;
const ATTEMPT_START = /(TaskScheduled|LambdaFunctionScheduled)$/;
const ATTEMPT_OK = /(TaskSucceeded|LambdaFunctionSucceeded)$/;

export function seconds(timestamp: number | string): number {
  if (typeof timestamp === 'number') return timestamp > 1e11 ? timestamp / 1000 : timestamp;
  const n = Number(timestamp);
  return Number.isFinite(n) ? seconds(n) : Date.parse(timestamp) / 1000;
}

function details(event: HistoryEvent): any {
  for (const [key, value] of Object.entries(event)) if (key.endsWith('EventDetails')) return value ?? {};
  return {};
}

/**
 * Statuses by state name. `catchTargets` (state -> its Catch handlers' names) tells a caught
 * failure from an unhandled one: a failure is caught once one of its handlers is entered after it.
 */
export function stateRuns(events: HistoryEvent[], catchTargets: Record<string, string[]> = {}): Map<string, StateRun> {
  const runs = new Map<string, StateRun>();
  const stateOfEvent = new Map<number, string>();
  const open: string[] = [];
  const enteredType = new Map<string, string>();
  const pendingFailure = new Map<string, number>();
  const sorted = [...events].sort((a, b) => a.id - b.id);
  for (const event of sorted) {
    const d = details(event);
    const time = seconds(event.timestamp);
    if (event.type.endsWith('StateEntered')) {
      const name = String(d.name);
      stateOfEvent.set(event.id, name);
      const run = runs.get(name) ?? { name, status: 'running', attempts: [], entered: time, visits: 0 };
      run.visits += 1;
      run.status = 'running';
      run.input = d.input;
      run.entered = time;
      run.exited = undefined;
      if (!/^(Task)/.test(event.type)) run.attempts.push({ index: run.attempts.length + 1, start: time });
      runs.set(name, run);
      open.push(name);
      enteredType.set(name, event.type);
      for (const [failed, at] of pendingFailure) {
        if (at < event.id && (catchTargets[failed] ?? []).includes(name)) {
          const f = runs.get(failed);
          if (f && f.status === 'failed') f.status = 'caught';
          pendingFailure.delete(failed);
        }
      }
      if (event.type === 'FailStateEntered') {
        run.status = 'failed';
        pendingFailure.set(name, event.id);
      }
      continue;
    }
    const name = owner(event, stateOfEvent, open, d, enteredType);
    if (name === undefined) continue;
    stateOfEvent.set(event.id, name);
    const run = runs.get(name);
    if (!run) continue;
    const last = run.attempts[run.attempts.length - 1];
    if (ATTEMPT_START.test(event.type)) {
      run.attempts.push({ index: run.attempts.length + 1, start: time });
      run.status = 'running';
      pendingFailure.delete(name);
    } else if (ATTEMPT_OK.test(event.type)) {
      if (last) Object.assign(last, { end: time, ok: true });
      pendingFailure.delete(name);
    } else if (FAILURE.test(event.type)) {
      const error = d.error ?? (event.type.endsWith('TimedOut') ? 'States.Timeout' : undefined);
      if (last && last.end === undefined) Object.assign(last, { end: time, ok: false, error, cause: d.cause });
      run.error = error ?? run.error;
      run.cause = d.cause ?? run.cause;
      run.status = 'failed';
      pendingFailure.set(name, event.id);
    } else if (event.type.endsWith('StateExited')) {
      run.output = d.output;
      run.exited = time;
      if (d.assignedVariables) run.variables = d.assignedVariables;
      if (last && last.end === undefined) Object.assign(last, { end: time, ok: true });
      // Leaving with its last failure unresolved means a Catch took it (Stepline, like AWS, records
      // the exit before the handler is entered); leaving after a good attempt is a retry that worked.
      run.status = pendingFailure.has(name) ? 'caught' : run.attempts.some((a) => a.ok === false) ? 'retried' : 'succeeded';
      if (run.status === 'succeeded') run.error = run.cause = undefined;
      pendingFailure.delete(name);
      const i = open.lastIndexOf(name);
      if (i >= 0) open.splice(i, 1);
    }
  }
  return runs;
}

/** The state an event belongs to: the one its previousEventId chain leads to, else the last one entered. */
function owner(event: HistoryEvent, stateOfEvent: Map<number, string>, open: string[], d: any,
               enteredType: Map<string, string>): string | undefined {
  if (event.type.endsWith('StateExited') && d.name) return String(d.name);
  // ParallelStateFailed, MapStateSucceeded...: the innermost open Parallel or Map, not the branch state before it.
  const group = /^(Parallel|Map)State/.exec(event.type)?.[1];
  if (group) return [...open].reverse().find((name) => enteredType.get(name) === `${group}StateEntered`);
  if (event.previousEventId && stateOfEvent.has(event.previousEventId)) return stateOfEvent.get(event.previousEventId);
  return open[open.length - 1];
}

/** The run's overall status from its events, for executions whose DescribeExecution is not at hand. */
export function executionStatus(events: HistoryEvent[]): string {
  const last = [...events].reverse().find((e) => e.type.startsWith('Execution') && e.type !== 'ExecutionStarted' && e.type !== 'ExecutionRedriven');
  if (!last) return 'RUNNING';
  return ({ ExecutionSucceeded: 'SUCCEEDED', ExecutionFailed: 'FAILED', ExecutionAborted: 'ABORTED', ExecutionTimedOut: 'TIMED_OUT' } as Record<string, string>)[last.type] ?? 'RUNNING';
}

/** One bar per state attempt, in start order, for the timeline. */
export interface Bar {
  state: string;
  attempt: number;
  start: number;
  end?: number;
  ok?: boolean;
}

export function timelineBars(runs: Map<string, StateRun>): Bar[] {
  const bars: Bar[] = [];
  for (const run of runs.values()) {
    for (const a of run.attempts) bars.push({ state: run.name, attempt: a.index, start: a.start, end: a.end ?? run.exited, ok: a.ok });
  }
  return bars.sort((a, b) => a.start - b.start);
}
