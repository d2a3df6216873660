import { useEffect, useRef } from 'react';
import { EditorView, basicSetup } from 'codemirror';
import { EditorState, Compartment } from '@codemirror/state';
import { json } from '@codemirror/lang-json';
import { yaml } from '@codemirror/lang-yaml';
import { lintGutter, setDiagnostics, type Diagnostic as CmDiagnostic } from '@codemirror/lint';
import type { Diagnostic } from '../lib/types.ts';
import { looksLikeJson, pointerOffset } from '../lib/definition.ts';

interface Props {
  value: string;
  diagnostics?: Diagnostic[];
  onChange?: (text: string) => void;
  readOnly?: boolean;
}

/** CodeMirror 6 with the definition's diagnostics as marks at their line and column. */
export function DefinitionEditor({ value, diagnostics = [], onChange, readOnly }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | undefined>(undefined);
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  const language = useRef(new Compartment());

  useEffect(() => {
    const v = new EditorView({
      parent: host.current!,
      state: EditorState.create({
        doc: value,
        extensions: [
          basicSetup,
          language.current.of(looksLikeJson(value) ? json() : yaml()),
          lintGutter(),
          EditorState.readOnly.of(!!readOnly),
          EditorView.updateListener.of((u) => u.docChanged && onChangeRef.current?.(u.state.doc.toString())),
        ],
      }),
    });
    view.current = v;
    return () => v.destroy();
    // The editor is created once; later values arrive through the effect below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const v = view.current;
    if (v && v.state.doc.toString() !== value) {
      v.dispatch({ changes: { from: 0, to: v.state.doc.length, insert: value } });
    }
  }, [value]);

  useEffect(() => {
    const v = view.current;
    if (!v) return;
    const doc = v.state.doc;
    const text = doc.toString();
    const marks: CmDiagnostic[] = diagnostics.map((d) => {
      const from = position(doc, text, d);
      const line = doc.lineAt(from);
      return {
        from, to: Math.max(from + 1, Math.min(line.to, doc.length)),
        severity: d.severity === 'ERROR' ? 'error' : 'warning',
        message: `${d.code}: ${d.message}`,
        source: d.state ?? undefined,
      };
    });
    v.dispatch(setDiagnostics(v.state, marks));
  }, [diagnostics, value]);

  return <div className="editor" ref={host} data-testid="definition-editor" />;
}

function position(doc: EditorState['doc'], text: string, d: Diagnostic): number {
  if (d.line && d.line >= 1 && d.line <= doc.lines) {
    const line = doc.line(d.line);
    return Math.min(line.from + Math.max(0, (d.column ?? 1) - 1), line.to);
  }
  return d.pointer ? Math.min(pointerOffset(text, d.pointer), doc.length) : 0;
}
