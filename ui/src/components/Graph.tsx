import { useEffect, useMemo, useRef, useState } from 'react';
import { ReactFlow, Background, Controls, MiniMap, MarkerType, type Edge, type Node } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { buildGraph, type Graph as GraphModel } from '../lib/graph.ts';
import { layout } from '../lib/layout.ts';
import type { Box } from '../lib/elk.ts';
import type { StateRun } from '../lib/status.ts';
import type { Diagnostic } from '../lib/types.ts';
import { GroupNode, StateNode, TerminalNode, type StateNodeData } from './StateNode.tsx';

const nodeTypes = { state: StateNode, stategroup: GroupNode, terminal: TerminalNode };

interface Props {
  definition: any;
  runs?: Map<string, StateRun>;
  diagnostics?: Diagnostic[];
  selected?: string;
  onSelect?: (state: string) => void;
  onGraph?: (graph: GraphModel) => void;
}

/**
 * The state machine, laid out by ELK in a web worker and drawn with React Flow (pan, zoom,
 * minimap). Statuses and diagnostics are applied to the laid-out nodes without a new layout.
 */
export function Graph({ definition, runs, diagnostics, selected, onSelect, onGraph }: Props) {
  const [expanded, setExpanded] = useState<Set<string>>(new Set());
  const graph = useMemo(() => buildGraph(definition, { expanded }), [definition, expanded]);
  const [boxes, setBoxes] = useState<Record<string, Box> | null>(null);
  const [error, setError] = useState<string>();
  const started = useRef(0);
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => onGraph?.(graph), [graph, onGraph]);
  useEffect(() => {
    let current = true;
    started.current = performance.now();
    layout(graph).then((b) => current && setBoxes(b), (e) => current && setError(String(e)));
    return () => { current = false; };
  }, [graph]);

  const byState = useMemo(() => {
    const map = new Map<string, Diagnostic[]>();
    for (const d of diagnostics ?? []) if (d.state) map.set(d.state, [...(map.get(d.state) ?? []), d]);
    return map;
  }, [diagnostics]);

  const nodes: Node[] = useMemo(() => {
    if (!boxes) return [];
    const expand = (name: string) => setExpanded((s) => new Set([...s, name]));
    return graph.nodes.filter((n) => boxes[n.id]).map((n) => {
      const box = boxes[n.id];
      const data: StateNodeData = {
        label: n.label, stateType: n.stateType, kind: n.kind, collapsed: n.collapsed, startsBranch: n.startsBranch,
        run: runs?.get(n.id), diagnostics: byState.get(n.id), selected: selected === n.id, onExpand: expand,
      };
      const type = n.kind === 'start' || n.kind === 'end' ? 'terminal' : n.kind === 'state' ? 'state' : 'stategroup';
      return {
        id: n.id, type, data, parentId: n.parent, extent: n.parent ? 'parent' : undefined,
        position: { x: box.x, y: box.y }, width: box.width, height: box.height,
        style: { width: box.width, height: box.height }, draggable: false, selectable: n.kind !== 'branch',
        zIndex: n.kind === 'group' || n.kind === 'branch' ? 0 : 1,
      } as Node;
    });
  }, [boxes, graph, runs, byState, selected]);

  const edges: Edge[] = useMemo(() => graph.edges.map((e) => ({
    id: e.id, source: e.source, target: e.target, label: e.label, className: `edge-${e.kind}`,
    type: e.kind === 'catch' ? 'default' : 'smoothstep', zIndex: 2,
    animated: e.kind === 'catch' ? false : runs?.get(e.target)?.status === 'running',
    markerEnd: { type: MarkerType.ArrowClosed },
    labelBgPadding: [4, 2] as [number, number],
  })), [graph, runs]);

  // A big machine fitted whole would be too small to read: show its first states readably
  // instead (the minimap and pan/zoom reach the rest).
  const fitNodes = useMemo(() => {
    if (!boxes || graph.nodes.length <= 40) return undefined;
    return graph.nodes.filter((n) => !n.parent && boxes[n.id]).sort((a, b) => boxes[a.id].y - boxes[b.id].y).slice(0, 12).map((n) => ({ id: n.id }));
  }, [boxes, graph]);

  useEffect(() => {
    if (!boxes || !container.current) return;
    // Marks for tests and the bench: the graph is on screen once the browser has painted it.
    requestAnimationFrame(() => requestAnimationFrame(() => {
      const ms = performance.now() - started.current;
      performance.mark('stepline:graph-drawn', { detail: { states: graph.nodes.length, layoutAndDrawMs: ms } });
      container.current?.setAttribute('data-drawn', String(graph.nodes.filter((n) => n.kind === 'state' || n.kind === 'group').length));
    }));
  }, [boxes, graph]);

  if (error) return <div className="error">Could not lay the graph out: {error}</div>;
  return (
    <div className="graph" ref={container} data-testid="graph">
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        key={boxes ? Object.keys(boxes).length : 0}
        fitView
        fitViewOptions={{ padding: 0.1, maxZoom: 1.2, nodes: fitNodes }}
        minZoom={0.05}
        nodesConnectable={false}
        nodesDraggable={false}
        onNodeClick={(_, node) => {
          const kind = (node.data as StateNodeData).kind;
          if (kind === 'state' || kind === 'group') onSelect?.(node.id);
        }}
        proOptions={{ hideAttribution: true }}
      >
        <Background />
        <Controls showInteractive={false} />
        {graph.nodes.length > 30 && <MiniMap pannable zoomable />}
      </ReactFlow>
    </div>
  );
}
