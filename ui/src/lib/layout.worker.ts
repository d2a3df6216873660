/// <reference lib="webworker" />
import ELK from 'elkjs/lib/elk.bundled.js';
import type { Graph } from './graph.ts';
import { elkGraph, positions } from './elk.ts';

// ELK runs here, off the main thread: a 200-state machine lays out without freezing the page.
const elk = new ELK();

self.onmessage = async (message: MessageEvent<{ id: number; graph: Graph }>) => {
  const { id, graph } = message.data;
  try {
    const laidOut = await elk.layout(elkGraph(graph));
    self.postMessage({ id, positions: positions(laidOut) });
  } catch (e) {
    self.postMessage({ id, error: String(e) });
  }
};
