import { useEffect, useState } from 'react';
import * as api from '../api.ts';

/** A backfill over a date range: one run per data interval, through the server's schedule package. */
export function BackfillForm({ pipeline }: { pipeline: string }) {
  const today = new Date().toISOString().slice(0, 10);
  const [from, setFrom] = useState(today);
  const [to, setTo] = useState(today);
  const [policy, setPolicy] = useState('missing');
  const [concurrency, setConcurrency] = useState(1);
  const [id, setId] = useState<string>();
  const [progress, setProgress] = useState<any>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    if (!id) return;
    const timer = setInterval(() => api.backfill(id).then((p) => {
      setProgress(p);
      if (p.remaining === 0 && p.running === 0) clearInterval(timer);
    }, (e) => setError(e.message)), 1000);
    return () => clearInterval(timer);
  }, [id]);

  const start = async () => {
    setError(undefined);
    if (to < from) {
      setError('"to" is before "from"');
      return;
    }
    try {
      setId((await api.startBackfill({ pipeline, from, to, policy, concurrency })).backfillId);
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <div className="form" data-testid="backfill">
      <div className="row">
        <label>From<input type="date" value={from} onChange={(e) => setFrom(e.target.value)} /></label>
        <label>To<input type="date" value={to} onChange={(e) => setTo(e.target.value)} /></label>
      </div>
      <div className="row">
        <label>Runs<select value={policy} onChange={(e) => setPolicy(e.target.value)}>
          <option value="missing">missing intervals only</option>
          <option value="failed">missing and failed</option>
          <option value="all">all (re-run)</option>
        </select></label>
        <label>Concurrency<input type="number" min={1} max={32} value={concurrency} onChange={(e) => setConcurrency(Number(e.target.value))} /></label>
      </div>
      <button onClick={start}>Start backfill</button>
      {progress && <div className="small">{progress.status}: {progress.done} done, {progress.running} running, {progress.failed} failed, {progress.remaining} remaining</div>}
      {error && <div className="error">{error}</div>}
    </div>
  );
}
