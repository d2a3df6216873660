import { useEffect, useState } from 'react';

export function StatusBadge({ status }: { status?: string }) {
  return <span className={`badge badge-${(status ?? 'unknown').toLowerCase()}`}>{status ?? '—'}</span>;
}

/** Dates as the API gives them (epoch seconds, milliseconds or ISO text) in local time. */
export function formatDate(value?: string | number | null): string {
  if (value === undefined || value === null || value === '') return '—';
  const n = typeof value === 'number' ? value : Number(value);
  const date = Number.isFinite(n) ? new Date(n > 1e11 ? n : n * 1000) : new Date(String(value));
  return Number.isNaN(date.getTime()) ? String(value) : date.toLocaleString();
}

export function toMillis(value?: string | number | null): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const n = typeof value === 'number' ? value : Number(value);
  if (Number.isFinite(n)) return n > 1e11 ? n : n * 1000;
  const t = Date.parse(String(value));
  return Number.isNaN(t) ? undefined : t;
}

/** JSON text pretty-printed when it parses, as is otherwise. */
export function Pretty({ text }: { text?: string | null }) {
  if (text === undefined || text === null) return <span className="muted">—</span>;
  let shown = text;
  try {
    shown = JSON.stringify(JSON.parse(text), null, 2);
  } catch { /* not JSON: show as written */ }
  return <pre className="data">{shown}</pre>;
}

/** Loads once per key; `reload` re-runs it. */
export function useLoad<T>(load: () => Promise<T>, key: unknown[]): { data?: T; error?: string; reload: () => void } {
  const [state, setState] = useState<{ data?: T; error?: string }>({});
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let current = true;
    load().then((data) => current && setState({ data }), (e) => current && setState({ error: String(e.message ?? e) }));
    return () => { current = false; };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...key, tick]);
  return { ...state, reload: () => setTick((t) => t + 1) };
}
