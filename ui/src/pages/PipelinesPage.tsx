import { useEffect } from 'react';
import * as api from '../api.ts';
import { Link, executionPath, pipelinePath } from '../router.tsx';
import { StatusBadge, formatDate, useLoad } from '../components/common.tsx';

/** Every pipeline with its schedules, last runs and status. */
export function PipelinesPage() {
  const { data, error } = useLoad(api.pipelines, []);
  // For the bench: when the list is on screen (the floor a graph page is compared with).
  useEffect(() => {
    if (data) requestAnimationFrame(() => requestAnimationFrame(() => performance.mark('stepline:pipelines-listed')));
  }, [data]);
  if (error) return <div className="error">Could not load pipelines: {error}</div>;
  if (!data) return <div className="muted">Loading…</div>;
  return (
    <section>
      <h1>Pipelines</h1>
      {data.length === 0 && <p className="muted">No pipelines found in the server's pipelines directory.</p>}
      <table className="table" data-testid="pipelines">
        <thead><tr><th>Pipeline</th><th>Type</th><th>Status</th><th>Schedules</th><th>Last runs</th></tr></thead>
        <tbody>
          {data.map((p) => {
            const errors = p.diagnostics.filter((d) => d.severity === 'ERROR').length;
            return (
              <tr key={p.name} data-pipeline={p.name}>
                <td><Link to={pipelinePath(p.name)}>{p.name}</Link><div className="muted small">{p.definitionFile}</div></td>
                <td>{p.type ?? 'STANDARD'}</td>
                <td>{errors > 0 ? <span className="badge badge-failed">{errors} error{errors > 1 ? 's' : ''}</span> : <StatusBadge status={p.lastExecutions[0]?.status ?? 'NEVER RUN'} />}
                  {p.lastExecutions[0] && <div className="muted small">{formatDate(p.lastExecutions[0].startDate)}</div>}</td>
                <td>
                  {p.schedules.length === 0 && <span className="muted">—</span>}
                  {p.schedules.map((s) => (
                    <div key={s.name} className="small">
                      <b>{s.name}</b> <code>{s.cron}</code> {s.timezone}{s.paused ? ' · paused' : ''}
                      <div className="muted">next: {formatDate(s.nextFireTime)}</div>
                    </div>
                  ))}
                </td>
                <td className="runs">
                  {p.lastExecutions.slice(0, 8).map((e) => (
                    <Link key={e.executionArn} to={executionPath(e.executionArn)} title={`${e.name} · ${e.status} · ${formatDate(e.startDate)}`}
                      className={`run-dot badge-${e.status.toLowerCase()}`} />
                  ))}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
