import ELK from 'elkjs/lib/elk-api.js';
import workerUrl from 'elkjs/lib/elk-worker.min.js?url';
import type { Graph } from './graph.ts';
import { elkGraph, positions, type Box } from './elk.ts';

// ELK runs in a web worker (elkjs's own worker script): a 200-state machine lays out
// without freezing the page. One worker for the page, started on first use.
let elk: InstanceType<typeof ELK> | undefined;

/** Lays a graph out with ELK in the web worker; resolves with each node's box. */
export async function layout(graph: Graph): Promise<Record<string, Box>> {
  elk ??= new ELK({ workerFactory: () => new Worker(workerUrl) });
  return positions(await elk.layout(elkGraph(graph)));
}
