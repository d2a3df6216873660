/** Shapes of the server's JSON (see docs/ui.md, "Server contract"). */

export type Severity = 'ERROR' | 'WARNING';

export interface Diagnostic {
  code: string;
  severity: Severity;
  message: string;
  pointer?: string | null;
  line?: number | null;
  column?: number | null;
  state?: string | null;
}

export interface Schedule {
  name: string;
  cron: string;
  timezone?: string;
  paused?: boolean;
  nextFireTime?: string | number | null;
}

export interface ExecutionSummary {
  executionArn: string;
  name: string;
  status: string;
  startDate?: string | number;
  stopDate?: string | number | null;
  stateMachineArn?: string;
}

export interface Pipeline {
  name: string;
  stateMachineArn: string;
  type?: string;
  definitionFile?: string;
  definition: string;
  diagnostics: Diagnostic[];
  schedules: Schedule[];
  lastExecutions: ExecutionSummary[];
}

/** One GetExecutionHistory event: id, previousEventId, timestamp, type and one details member. */
export interface HistoryEvent {
  id: number;
  previousEventId?: number;
  timestamp: number | string;
  type: string;
  [details: string]: unknown;
}

export interface LogLine {
  timestamp: string | number;
  level: string;
  state?: string | null;
  attempt?: number | null;
  message: string;
}
