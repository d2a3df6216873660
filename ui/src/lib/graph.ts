/**
 * A state machine as a graph: one node per state, Parallel branches and Map iterators as
 * nested groups, edges for Next, Choice rules (labelled with their condition), Default and
 * Catch, plus Start and End nodes. Pure data: laid out by ELK, drawn by React Flow.
 */

export type NodeKind = 'state' | 'group' | 'branch' | 'start' | 'end';
export type EdgeKind = 'next' | 'choice' | 'default' | 'catch';

export interface GraphNode {
  id: string;
  kind: NodeKind;
  label: string;
  /** ASL Type (Task, Choice, Parallel, Map, ...) for states and groups. */
  stateType?: string;
  parent?: string;
  /** Whether this state is where its branch or machine starts. */
  startsBranch?: boolean;
  /** Number of states hidden inside a collapsed group. */
  collapsed?: number;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  kind: EdgeKind;
  label?: string;
}

export interface Graph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** State name -> Catch handler names, used to tell a caught error from a failed state. */
  catchTargets: Record<string, string[]>;
}

export const START = '__start';
export const END = '__end';

/** Groups with more states than this are drawn collapsed unless asked otherwise. */
export const COLLAPSE_ABOVE = 40;

export interface GraphOptions {
  expanded?: Set<string>;
  collapseAbove?: number;
}

export function buildGraph(definition: any, options: GraphOptions = {}): Graph {
  const graph: Graph = { nodes: [], edges: [], catchTargets: {} };
  if (!definition || typeof definition !== 'object' || typeof definition.States !== 'object') return graph;
  graph.nodes.push({ id: START, kind: 'start', label: 'Start' });
  graph.nodes.push({ id: END, kind: 'end', label: 'End' });
  const ends = addScope(graph, definition, undefined, options);
  if (definition.States[definition.StartAt]) edge(graph, START, definition.StartAt, 'next');
  for (const name of ends) edge(graph, name, END, 'next');
  return graph;
}

/** Adds a scope's states (machine, branch or iterator); returns the names of its end states. */
function addScope(graph: Graph, scope: any, parent: string | undefined, options: GraphOptions): string[] {
  const states: Record<string, any> = scope.States ?? {};
  const ends: string[] = [];
  for (const [name, state] of Object.entries(states)) {
    addState(graph, name, state ?? {}, parent, name === scope.StartAt, options);
    if (state?.End === true || state?.Type === 'Succeed' || state?.Type === 'Fail') ends.push(name);
  }
  for (const [name, state] of Object.entries(states)) addTransitions(graph, name, state ?? {}, states);
  return ends;
}

function addState(graph: Graph, name: string, state: any, parent: string | undefined, startsBranch: boolean, options: GraphOptions) {
  const type = String(state.Type ?? '?');
  const inner = innerScopes(state);
  if (inner.length === 0) {
    graph.nodes.push({ id: name, kind: 'state', label: name, stateType: type, parent, startsBranch });
    return;
  }
  const size = inner.reduce((n, s) => n + countStates(s), 0);
  const limit = options.collapseAbove ?? COLLAPSE_ABOVE;
  if (size > limit && !options.expanded?.has(name)) {
    graph.nodes.push({ id: name, kind: 'state', label: name, stateType: type, parent, startsBranch, collapsed: size });
    return;
  }
  graph.nodes.push({ id: name, kind: 'group', label: name, stateType: type, parent, startsBranch });
  if (type === 'Parallel') {
    inner.forEach((branch, i) => {
      const id = `${name}#${i + 1}`;
      graph.nodes.push({ id, kind: 'branch', label: `Branch ${i + 1}`, parent: name });
      addScope(graph, branch, id, options);
    });
  } else {
    addScope(graph, inner[0], name, options);
  }
}

function innerScopes(state: any): any[] {
  if (state.Type === 'Parallel' && Array.isArray(state.Branches)) return state.Branches.filter((b: any) => b && typeof b === 'object');
  if (state.Type === 'Map') {
    const processor = state.ItemProcessor ?? state.Iterator;
    return processor && typeof processor === 'object' ? [processor] : [];
  }
  return [];
}

function countStates(scope: any): number {
  return Object.values(scope?.States ?? {}).reduce((n: number, s: any) => n + 1 + innerScopes(s ?? {}).reduce((m, b) => m + countStates(b), 0), 0);
}

function addTransitions(graph: Graph, name: string, state: any, siblings: Record<string, any>) {
  const known = (target: unknown): target is string => typeof target === 'string' && target in siblings;
  if (known(state.Next)) edge(graph, name, state.Next, 'next');
  if (state.Type === 'Choice') {
    (Array.isArray(state.Choices) ? state.Choices : []).forEach((rule: any) => {
      if (known(rule?.Next)) edge(graph, name, rule.Next, 'choice', describeRule(rule));
    });
    if (known(state.Default)) edge(graph, name, state.Default, 'default', 'Default');
  }
  const catchers = Array.isArray(state.Catch) ? state.Catch : [];
  graph.catchTargets[name] = catchers.map((c: any) => c?.Next).filter((n: unknown) => typeof n === 'string');
  catchers.forEach((catcher: any) => {
    if (known(catcher?.Next)) edge(graph, name, catcher.Next, 'catch', (catcher.ErrorEquals ?? []).join(', '));
  });
}

function edge(graph: Graph, source: string, target: string, kind: EdgeKind, label?: string) {
  const id = `${kind}:${source}->${target}:${graph.edges.length}`;
  graph.edges.push({ id, source, target, kind, label });
}

const COMPARATORS: Record<string, string> = {
  StringEquals: '==', NumericEquals: '==', BooleanEquals: '==', TimestampEquals: '==',
  StringLessThan: '<', NumericLessThan: '<', TimestampLessThan: '<',
  StringGreaterThan: '>', NumericGreaterThan: '>', TimestampGreaterThan: '>',
  StringLessThanEquals: '<=', NumericLessThanEquals: '<=', TimestampLessThanEquals: '<=',
  StringGreaterThanEquals: '>=', NumericGreaterThanEquals: '>=', TimestampGreaterThanEquals: '>=',
  StringMatches: 'matches', IsNull: 'is null', IsPresent: 'is present', IsNumeric: 'is numeric',
  IsString: 'is string', IsBoolean: 'is boolean', IsTimestamp: 'is timestamp',
};

/** A Choice rule as a short readable condition: "$.x > 3", "not (...)", "a and b", a JSONata Condition. */
export function describeRule(rule: any): string {
  if (!rule || typeof rule !== 'object') return '?';
  if (typeof rule.Condition === 'string') return rule.Condition;
  if (Array.isArray(rule.And)) return rule.And.map(describeRule).join(' and ');
  if (Array.isArray(rule.Or)) return rule.Or.map(describeRule).join(' or ');
  if (rule.Not) return `not (${describeRule(rule.Not)})`;
  for (const [key, value] of Object.entries(rule)) {
    const base = key.endsWith('Path') ? key.slice(0, -4) : key;
    const op = COMPARATORS[base];
    if (!op) continue;
    if (base.startsWith('Is')) return value === false ? `${rule.Variable} not ${op.slice(3)}` : `${rule.Variable} ${op}`;
    return `${rule.Variable} ${op} ${key.endsWith('Path') ? value : JSON.stringify(value)}`;
  }
  return '?';
}

/** Every state name in a definition, nested ones included. */
export function stateNames(definition: any): string[] {
  const names: string[] = [];
  const walk = (scope: any) => {
    for (const [name, state] of Object.entries<any>(scope?.States ?? {})) {
      names.push(name);
      innerScopes(state ?? {}).forEach(walk);
    }
  };
  walk(definition);
  return names;
}
