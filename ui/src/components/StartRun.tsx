import { useState } from 'react';
import * as api from '../api.ts';
import { navigate, executionPath } from '../router.tsx';
import type { Pipeline } from '../lib/types.ts';
import { DefinitionEditor } from './DefinitionEditor.tsx';

/** StartExecution with an input editor; goes to the new run's page. */
export function StartRun({ pipeline, disabled }: { pipeline: Pipeline; disabled?: boolean }) {
  const [input, setInput] = useState('{}');
  const [name, setName] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const start = async () => {
    setError(undefined);
    try {
      JSON.parse(input);
    } catch (e) {
      setError(`The input is not JSON: ${(e as Error).message}`);
      return;
    }
    setBusy(true);
    try {
      const started = await api.sfn('StartExecution', { stateMachineArn: pipeline.stateMachineArn, input, ...(name ? { name } : {}) });
      navigate(executionPath(started.executionArn));
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="form" data-testid="start-run">
      <label>Input (JSON)</label>
      <div className="input-editor"><DefinitionEditor value={input} onChange={setInput} /></div>
      <label>Name (optional)<input value={name} onChange={(e) => setName(e.target.value)} name="execution-name" /></label>
      <button onClick={start} disabled={busy || disabled} data-testid="start">{busy ? 'Starting…' : 'Start run'}</button>
      {disabled && <span className="muted small"> fix the definition's errors first</span>}
      {error && <div className="error">{error}</div>}
    </div>
  );
}
