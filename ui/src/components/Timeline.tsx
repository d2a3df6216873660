import type { Bar } from '../lib/status.ts';

/** A Gantt chart: one bar per state attempt, on the run's time axis. */
export function Timeline({ bars, start, end, onSelect }: { bars: Bar[]; start: number; end: number; onSelect?: (state: string) => void }) {
  const span = Math.max(end - start, 0.001);
  const pct = (t: number) => `${(((t - start) / span) * 100).toFixed(3)}%`;
  return (
    <div className="timeline" data-testid="timeline">
      <div className="timeline-axis"><span>0 s</span><span>{span.toFixed(3)} s</span></div>
      {bars.map((b, i) => {
        const stop = b.end ?? end;
        return (
          <div className="timeline-row" key={i} onClick={() => onSelect?.(b.state)}>
            <div className="timeline-label" title={b.state}>{b.state}{b.attempt > 1 ? ` #${b.attempt}` : ''}</div>
            <div className="timeline-track">
              <div className={`timeline-bar ${b.ok === false ? 'bar-failed' : b.end === undefined ? 'bar-running' : 'bar-ok'}`}
                style={{ left: pct(b.start), width: `max(2px, calc(${pct(stop)} - ${pct(b.start)}))` }}
                title={`${b.state} attempt ${b.attempt}: ${((stop - b.start) * 1000).toFixed(0)} ms`} />
            </div>
          </div>
        );
      })}
    </div>
  );
}
