import { formatDate } from './common.tsx';
import type { HistoryEvent } from '../lib/types.ts';

function detailsOf(event: HistoryEvent): any {
  const key = Object.keys(event).find((k) => k.endsWith('EventDetails'));
  return key ? event[key] : undefined;
}

/** The event history as GetExecutionHistory returns it, one row per event. */
export function HistoryTable({ events }: { events: HistoryEvent[] }) {
  return (
    <table className="table small history" data-testid="history">
      <thead><tr><th>ID</th><th>Type</th><th>Step</th><th>Time</th><th>Details</th></tr></thead>
      <tbody>
        {events.map((e) => {
          const d = detailsOf(e) ?? {};
          const summary = d.error ? `${d.error}${d.cause ? `: ${d.cause}` : ''}` : d.resource ?? (d.output ?? d.input ?? '');
          return (
            <tr key={e.id} className={/Failed|TimedOut|Aborted/.test(e.type) ? 'row-failed' : ''}>
              <td>{e.id}</td><td>{e.type}</td><td>{d.name ?? ''}</td><td>{formatDate(e.timestamp)}</td>
              <td className="details" title={JSON.stringify(d)}>{String(summary).slice(0, 160)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
