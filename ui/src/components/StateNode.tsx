import { Handle, Position, type NodeProps } from '@xyflow/react';
import type { Diagnostic } from '../lib/types.ts';
import type { StateRun } from '../lib/status.ts';

export interface StateNodeData extends Record<string, unknown> {
  label: string;
  stateType?: string;
  kind: string;
  run?: StateRun;
  diagnostics?: Diagnostic[];
  collapsed?: number;
  startsBranch?: boolean;
  selected?: boolean;
  onExpand?: (name: string) => void;
}

const STATUS_TEXT: Record<string, string> = {
  running: 'running', succeeded: 'succeeded', failed: 'failed', caught: 'error caught', retried: 'retried', notReached: '',
};

/** One state: its name, type, status colour, retry count, and a marker for errors and diagnostics. */
export function StateNode({ id, data }: NodeProps & { data: StateNodeData }) {
  const status = data.run?.status ?? 'notReached';
  const diagnostics = data.diagnostics ?? [];
  const worst = diagnostics.some((d) => d.severity === 'ERROR') ? 'error' : diagnostics.length ? 'warning' : undefined;
  const attempts = data.run?.attempts.length ?? 0;
  return (
    <div
      className={`state state-${status} ${data.selected ? 'selected' : ''} ${worst ? `diag-${worst}` : ''}`}
      data-state={id}
      data-status={status}
      title={diagnostics.map((d) => `${d.severity}: ${d.message}`).join('\n') || undefined}
    >
      <Handle type="target" position={Position.Top} />
      <div className="state-name">{data.label}</div>
      <div className="state-meta">
        <span className="state-type">{data.stateType}{data.startsBranch ? ' · start' : ''}</span>
        {STATUS_TEXT[status] && <span className="state-status">{STATUS_TEXT[status]}</span>}
        {attempts > 1 && data.stateType === 'Task' && <span className="state-attempts">×{attempts}</span>}
      </div>
      {(status === 'failed' || status === 'caught') && <span className="marker marker-error" title={`${data.run?.error ?? ''} ${data.run?.cause ?? ''}`}>!</span>}
      {worst && <span className={`marker marker-diag diag-${worst}`} data-diagnostic={diagnostics[0].code}>{diagnostics.length}</span>}
      {data.collapsed !== undefined && (
        <button className="expand" onClick={(e) => { e.stopPropagation(); data.onExpand?.(id); }}>
          + {data.collapsed} states
        </button>
      )}
      <Handle type="source" position={Position.Bottom} />
    </div>
  );
}

export function GroupNode({ id, data }: NodeProps & { data: StateNodeData }) {
  const status = data.run?.status ?? 'notReached';
  return (
    <div className={`group group-${data.kind} state-${status} ${data.selected ? 'selected' : ''}`} data-state={data.kind === 'group' ? id : undefined} data-status={status}>
      <Handle type="target" position={Position.Top} />
      <div className="group-label">{data.label} <span className="state-type">{data.stateType}</span>
        {(status === 'failed' || status === 'caught') && <span className="marker-inline">! {data.run?.error}</span>}
      </div>
      <Handle type="source" position={Position.Bottom} />
    </div>
  );
}

export function TerminalNode({ data }: NodeProps & { data: StateNodeData }) {
  return (
    <div className={`terminal terminal-${data.kind}`}>
      {data.kind === 'end' && <Handle type="target" position={Position.Top} />}
      {data.label}
      {data.kind === 'start' && <Handle type="source" position={Position.Bottom} />}
    </div>
  );
}
