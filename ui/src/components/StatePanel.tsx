import * as api from '../api.ts';
import { Pretty, formatDate, useLoad } from './common.tsx';
import type { StateRun } from '../lib/status.ts';

/** A state on a run: input, output, variables, error and cause, each attempt, and its log lines. */
export function StatePanel({ executionArn, name, run, onClose }: { executionArn: string; name: string; run?: StateRun; onClose: () => void }) {
  const { data: lines, error } = useLoad(() => api.logs(executionArn, name), [executionArn, name, run?.status, run?.attempts.length]);
  return (
    <aside className="state-panel" data-testid="state-panel">
      <header><h2>{name}</h2><button onClick={onClose} aria-label="close">×</button></header>
      {!run && <p className="muted">Not reached on this run.</p>}
      {run && (
        <>
          <p><span className={`badge badge-${run.status.toLowerCase()}`} data-testid="state-status">{run.status}</span> {run.visits > 1 && <span className="muted">entered {run.visits} times</span>}</p>
          {(run.error || run.cause) && (
            <div className="state-error" data-testid="state-error">
              <div><b>Error</b> <code>{run.error ?? '—'}</code></div>
              <div><b>Cause</b> <span className="cause">{run.cause ?? '—'}</span></div>
            </div>
          )}
          <h3>Attempts</h3>
          <ol className="attempts">
            {run.attempts.map((a) => (
              <li key={a.index} className={a.ok === false ? 'attempt-failed' : a.ok ? 'attempt-ok' : 'attempt-running'}>
                {formatDate(a.start)} · {a.end !== undefined ? `${((a.end - a.start) * 1000).toFixed(0)} ms` : 'running'}
                {a.ok === false && <> · <code>{a.error}</code> {a.cause}</>}
              </li>
            ))}
          </ol>
          <h3>Input</h3><Pretty text={run.input} />
          <h3>Output</h3><Pretty text={run.output} />
          {run.variables && <><h3>Variables</h3>
            <table className="table small"><tbody>{Object.entries(run.variables).map(([k, v]) => <tr key={k}><td><code>${k}</code></td><td><code>{String(v)}</code></td></tr>)}</tbody></table></>}
        </>
      )}
      <h3>Logs</h3>
      {error && <div className="muted small">Logs unavailable: {error}</div>}
      <pre className="logs" data-testid="state-logs">
        {(lines ?? []).map((l, i) => `${formatDate(l.timestamp)} ${l.level}${l.attempt ? ` [attempt ${l.attempt}]` : ''} ${l.message}`).join('\n') || (lines ? 'no log lines' : '')}
      </pre>
    </aside>
  );
}
