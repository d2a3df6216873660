import type { Graph, GraphNode } from './graph.ts';

/** Where ELK put a node: relative to its parent group, as React Flow wants child positions. */
export interface Box { x: number; y: number; width: number; height: number }

export const STATE_SIZE = { width: 190, height: 46 };
export const TERMINAL_SIZE = { width: 64, height: 32 };

const GROUP_OPTIONS = {
  'elk.padding': '[top=34,left=14,bottom=14,right=14]',
  'elk.direction': 'DOWN',
  'elk.algorithm': 'layered',
};

/**
 * The ELK graph for a state machine graph. Catch edges are left out: they are drawn after the
 * main layout (laying them out too makes ELK much slower and the Next flow harder to read).
 */
export function elkGraph(graph: Graph): any {
  const children = new Map<string | undefined, GraphNode[]>();
  for (const node of graph.nodes) {
    const list = children.get(node.parent) ?? [];
    list.push(node);
    children.set(node.parent, list);
  }
  const toElk = (node: GraphNode): any => {
    const inner = children.get(node.id);
    if (inner && inner.length > 0) {
      return {
        id: node.id,
        layoutOptions: { ...GROUP_OPTIONS, ...(node.kind === 'group' && node.stateType === 'Parallel' ? { 'elk.direction': 'RIGHT' } : {}) },
        children: inner.map(toElk),
      };
    }
    const size = node.kind === 'start' || node.kind === 'end' ? TERMINAL_SIZE : STATE_SIZE;
    return { id: node.id, ...size };
  };
  const nested = graph.nodes.some((n) => n.parent);
  return {
    id: '__root',
    layoutOptions: {
      ...GROUP_OPTIONS,
      // Edges may cross group borders only when laid out across the hierarchy, which costs more:
      // asked for only when there are groups. Big machines trade some crossing polish for time.
      ...(nested ? { 'elk.hierarchyHandling': 'INCLUDE_CHILDREN' } : {}),
      ...(graph.nodes.length > 100 ? { 'elk.layered.thoroughness': '3' } : {}),
      'elk.layered.spacing.nodeNodeBetweenLayers': '46',
      'elk.spacing.nodeNode': '28',
      'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
      'elk.edgeRouting': 'ORTHOGONAL',
    },
    children: (children.get(undefined) ?? []).map(toElk),
    edges: graph.edges
      .filter((e) => e.kind !== 'catch')
      .map((e) => ({ id: e.id, sources: [e.source], targets: [e.target] })),
  };
}

export function positions(laidOut: any): Record<string, Box> {
  const out: Record<string, Box> = {};
  const walk = (node: any) => {
    for (const child of node.children ?? []) {
      out[child.id] = { x: child.x ?? 0, y: child.y ?? 0, width: child.width ?? 0, height: child.height ?? 0 };
      walk(child);
    }
  };
  walk(laidOut);
  return out;
}
