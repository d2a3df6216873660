import { useCallback, useEffect, useMemo, useState } from 'react';
import * as api from '../api.ts';
import { Graph } from '../components/Graph.tsx';
import { StatePanel } from '../components/StatePanel.tsx';
import { HistoryTable } from '../components/HistoryTable.tsx';
import { Timeline } from '../components/Timeline.tsx';
import { Pretty, StatusBadge, formatDate } from '../components/common.tsx';
import { Link, pipelinePath } from '../router.tsx';
import { parseDefinition } from '../lib/definition.ts';
import { buildGraph } from '../lib/graph.ts';
import { executionStatus, seconds, stateRuns, timelineBars } from '../lib/status.ts';
import type { HistoryEvent } from '../lib/types.ts';

const POLL_MS = 500;

/** One run: the graph coloured live from its history, the state panel, the history table and the timeline. */
export function ExecutionPage({ arn }: { arn: string }) {
  const [execution, setExecution] = useState<any>();
  const [definition, setDefinition] = useState<any>();
  const [events, setEvents] = useState<HistoryEvent[]>([]);
  const [error, setError] = useState<string>();
  const [selected, setSelected] = useState<string>();
  const [tab, setTab] = useState<'timeline' | 'history' | 'io'>('timeline');

  const refresh = useCallback(async () => {
    const [described, history] = await Promise.all([api.sfn('DescribeExecution', { executionArn: arn }), api.history(arn)]);
    setExecution(described);
    setEvents(history);
    return described.status as string;
  }, [arn]);

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout>;
    const tick = async () => {
      try {
        const status = await refresh();
        if (!stopped && (status === 'RUNNING' || status === 'PENDING_REDRIVE')) timer = setTimeout(tick, POLL_MS);
      } catch (e) {
        if (!stopped) setError((e as Error).message);
      }
    };
    tick();
    return () => { stopped = true; clearTimeout(timer); };
  }, [refresh, execution?.redriveCount]);

  useEffect(() => {
    if (!execution?.stateMachineArn || definition) return;
    api.sfn('DescribeStateMachine', { stateMachineArn: execution.stateMachineArn }).then((m) => {
      const parsed = parseDefinition(m.definition ?? '');
      setDefinition(parsed.ok ? parsed.value : null);
    }, (e) => setError(e.message));
  }, [execution, definition]);

  const catchTargets = useMemo(() => (definition ? buildGraph(definition, { collapseAbove: Infinity }).catchTargets : {}), [definition]);
  const runs = useMemo(() => stateRuns(events, catchTargets), [events, catchTargets]);
  const bars = useMemo(() => timelineBars(runs), [runs]);

  if (error) return <div className="error">{error}</div>;
  if (!execution) return <div className="muted">Loading…</div>;
  const status = execution.status ?? executionStatus(events);
  const start = events.length ? seconds(events[0].timestamp) : 0;
  const end = status === 'RUNNING' ? Date.now() / 1000 : events.length ? seconds(events[events.length - 1].timestamp) : start;
  const pipelineName = String(execution.stateMachineArn ?? '').split(':').pop() ?? '';
  const action = async (operation: string) => {
    try {
      await api.sfn(operation, { executionArn: arn });
      setExecution({ ...execution, redriveCount: (execution.redriveCount ?? 0) + 1 });
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <section className="execution">
      <h1>{execution.name} <StatusBadge status={status} /></h1>
      <p className="muted small">
        <Link to={pipelinePath(pipelineName)}>{pipelineName}</Link> · started {formatDate(execution.startDate)}
        {execution.stopDate ? ` · stopped ${formatDate(execution.stopDate)}` : ''}
        {status === 'RUNNING' && <> · <button className="link" onClick={() => action('StopExecution')}>Stop</button></>}
        {(status === 'FAILED' || status === 'TIMED_OUT' || status === 'ABORTED') && <> · <button className="link" onClick={() => action('RedriveExecution')}>Redrive</button></>}
      </p>
      {execution.error && <div className="state-error" data-testid="execution-error"><b>{execution.error}</b> {execution.cause}</div>}
      <div className="split">
        <div className="pane graph-pane">
          {definition && <Graph definition={definition} runs={runs} selected={selected} onSelect={setSelected} />}
        </div>
        {selected && <StatePanel executionArn={arn} name={selected} run={runs.get(selected)} onClose={() => setSelected(undefined)} />}
      </div>
      <nav className="tabs">
        <button className={tab === 'timeline' ? 'active' : ''} onClick={() => setTab('timeline')}>Timeline</button>
        <button className={tab === 'history' ? 'active' : ''} onClick={() => setTab('history')}>Event history ({events.length})</button>
        <button className={tab === 'io' ? 'active' : ''} onClick={() => setTab('io')}>Input and output</button>
      </nav>
      {tab === 'timeline' && <Timeline bars={bars} start={start} end={end} onSelect={setSelected} />}
      {tab === 'history' && <HistoryTable events={events} />}
      {tab === 'io' && <div className="row"><div><h3>Input</h3><Pretty text={execution.input} /></div><div><h3>Output</h3><Pretty text={execution.output} /></div></div>}
    </section>
  );
}
