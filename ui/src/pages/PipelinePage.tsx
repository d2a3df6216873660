import { useEffect, useMemo, useRef, useState } from 'react';
import * as api from '../api.ts';
import { Graph } from '../components/Graph.tsx';
import { DefinitionEditor } from '../components/DefinitionEditor.tsx';
import { StartRun } from '../components/StartRun.tsx';
import { BackfillForm } from '../components/BackfillForm.tsx';
import { StatusBadge, formatDate, useLoad } from '../components/common.tsx';
import { Link, executionPath } from '../router.tsx';
import { lineColumn, parseDefinition, pointerOffset } from '../lib/definition.ts';
import type { Diagnostic } from '../lib/types.ts';

/** One pipeline: its graph, its definition with diagnostics, and forms to start a run or a backfill. */
export function PipelinePage({ name }: { name: string }) {
  const { data, error } = useLoad(api.pipelines, [name]);
  const pipeline = data?.find((p) => p.name === name);
  const [text, setText] = useState<string>();
  const [diagnostics, setDiagnostics] = useState<Diagnostic[]>([]);
  const [selected, setSelected] = useState<string>();
  const lastGood = useRef<any>(null);

  useEffect(() => {
    if (pipeline) {
      setText(pipeline.definition);
      setDiagnostics(pipeline.diagnostics);
    }
  }, [pipeline]);

  // Edits are validated by the server (the same validator the engine runs), debounced.
  useEffect(() => {
    if (text === undefined || !pipeline || text === pipeline.definition) return;
    const timer = setTimeout(() => api.validate(text).then(setDiagnostics, (e) => setDiagnostics([
      { code: 'Unavailable', severity: 'ERROR', message: `validation failed: ${e.message}`, line: 1, column: 1 },
    ])), 300);
    return () => clearTimeout(timer);
  }, [text, pipeline]);

  const parsed = useMemo(() => (text === undefined ? undefined : parseDefinition(text)), [text]);
  if (parsed?.ok) lastGood.current = parsed.value;
  const located = useMemo(() => diagnostics.map((d) => (d.line || !d.pointer || text === undefined ? d
    : { ...d, ...lineColumn(text, pointerOffset(text, d.pointer)) })), [diagnostics, text]);
  const shownDiagnostics = parsed && !parsed.ok && !located.some((d) => d.line === parsed.line)
    ? [{ code: 'Syntax', severity: 'ERROR' as const, message: parsed.message, line: parsed.line, column: parsed.column }, ...located]
    : located;

  if (error) return <div className="error">Could not load pipeline: {error}</div>;
  if (!data) return <div className="muted">Loading…</div>;
  if (!pipeline) return <div className="error">No pipeline named "{name}".</div>;
  const errors = shownDiagnostics.filter((d) => d.severity === 'ERROR');
  return (
    <section className="pipeline">
      <h1>{pipeline.name} <span className="muted small">{pipeline.type ?? 'STANDARD'} · {pipeline.definitionFile}</span></h1>
      <div className="split">
        <div className="pane graph-pane">
          {lastGood.current ? <Graph definition={lastGood.current} diagnostics={shownDiagnostics} selected={selected} onSelect={setSelected} />
            : <div className="error">The definition does not parse: nothing to draw.</div>}
        </div>
        <div className="pane side">
          <h2>Definition {errors.length > 0 && <span className="badge badge-failed" data-testid="diagnostic-count">{errors.length} error{errors.length > 1 ? 's' : ''}</span>}</h2>
          {text !== undefined && <DefinitionEditor value={text} diagnostics={shownDiagnostics} onChange={setText} />}
          <ul className="diagnostics" data-testid="diagnostics">
            {shownDiagnostics.map((d, i) => (
              <li key={i} className={`diag diag-${d.severity.toLowerCase()}`} onClick={() => d.state && setSelected(d.state)}>
                <b>{d.code}</b> {d.line ? <span className="muted">line {d.line}{d.column ? `:${d.column}` : ''}</span> : null}
                {d.state ? <span className="muted"> · {d.state}</span> : null} — {d.message}
              </li>
            ))}
          </ul>
          <h2>Start a run</h2>
          <StartRun pipeline={pipeline} disabled={errors.length > 0} />
          <h2>Backfill</h2>
          <BackfillForm pipeline={pipeline.name} />
          <h2>Recent runs</h2>
          <table className="table small">
            <tbody>
              {pipeline.lastExecutions.map((e) => (
                <tr key={e.executionArn}><td><Link to={executionPath(e.executionArn)}>{e.name}</Link></td><td><StatusBadge status={e.status} /></td><td>{formatDate(e.startDate)}</td></tr>
              ))}
            </tbody>
          </table>
          <p><Link to={`/executions?pipeline=${encodeURIComponent(pipeline.name)}`}>All runs of {pipeline.name} →</Link></p>
        </div>
      </div>
    </section>
  );
}
