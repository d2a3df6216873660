import { useMemo } from 'react';
import * as api from '../api.ts';
import { Link, executionPath, navigate } from '../router.tsx';
import { StatusBadge, formatDate, toMillis, useLoad } from '../components/common.tsx';
import type { ExecutionSummary } from '../lib/types.ts';

const STATUSES = ['RUNNING', 'SUCCEEDED', 'FAILED', 'TIMED_OUT', 'ABORTED', 'PENDING_REDRIVE'];

/** Executions of every pipeline (ListExecutions), filtered by pipeline, status, start time and name. */
export function ExecutionsPage({ query }: { query: URLSearchParams }) {
  const pipeline = query.get('pipeline') ?? '';
  const status = query.get('status') ?? '';
  const since = query.get('since') ?? '';
  const name = query.get('name') ?? '';
  const { data: pipelines } = useLoad(api.pipelines, []);
  const { data, error, reload } = useLoad(async () => {
    const chosen = (pipelines ?? []).filter((p) => !pipeline || p.name === pipeline);
    // A broken pipeline has no state machine to list: its runs are skipped, the others still shown.
    const lists = await Promise.allSettled(chosen.map(async (p) => {
      const page = await api.sfn('ListExecutions', { stateMachineArn: p.stateMachineArn, maxResults: 1000, ...(status ? { statusFilter: status } : {}) });
      return (page.executions ?? []).map((e: ExecutionSummary) => ({ ...e, pipeline: p.name }));
    }));
    return lists.flatMap((l) => (l.status === 'fulfilled' ? l.value : [])) as (ExecutionSummary & { pipeline: string })[];
  }, [pipelines, pipeline, status]);

  const shown = useMemo(() => {
    const after = since ? Date.parse(since) : undefined;
    return (data ?? [])
      .filter((e) => !name || e.name.toLowerCase().includes(name.toLowerCase()))
      .filter((e) => after === undefined || (toMillis(e.startDate) ?? 0) >= after)
      .sort((a, b) => (toMillis(b.startDate) ?? 0) - (toMillis(a.startDate) ?? 0));
  }, [data, name, since]);

  const set = (key: string, value: string) => {
    const next = new URLSearchParams(query);
    if (value) next.set(key, value); else next.delete(key);
    navigate(`/executions?${next}`);
  };
  return (
    <section>
      <h1>Executions</h1>
      <div className="filters row" data-testid="filters">
        <label>Pipeline<select value={pipeline} onChange={(e) => set('pipeline', e.target.value)} name="pipeline">
          <option value="">all</option>
          {(pipelines ?? []).map((p) => <option key={p.name}>{p.name}</option>)}
        </select></label>
        <label>Status<select value={status} onChange={(e) => set('status', e.target.value)} name="status">
          <option value="">any</option>
          {STATUSES.map((s) => <option key={s}>{s}</option>)}
        </select></label>
        <label>Started after<input type="datetime-local" value={since} onChange={(e) => set('since', e.target.value)} name="since" /></label>
        <label>Name<input value={name} placeholder="contains…" onChange={(e) => set('name', e.target.value)} name="name" /></label>
        <button onClick={reload}>Refresh</button>
      </div>
      {error && <div className="error">{error}</div>}
      <table className="table" data-testid="executions">
        <thead><tr><th>Name</th><th>Pipeline</th><th>Status</th><th>Started</th><th>Stopped</th></tr></thead>
        <tbody>
          {shown.map((e) => (
            <tr key={e.executionArn}>
              <td><Link to={executionPath(e.executionArn)}>{e.name}</Link></td>
              <td>{e.pipeline}</td>
              <td><StatusBadge status={e.status} /></td>
              <td>{formatDate(e.startDate)}</td>
              <td>{formatDate(e.stopDate)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {data && shown.length === 0 && <p className="muted">No executions match.</p>}
    </section>
  );
}
