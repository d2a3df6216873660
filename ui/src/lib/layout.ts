import type { Graph } from './graph.ts';
import type { Box } from './elk.ts';

let worker: Worker | undefined;
let next = 0;
const waiting = new Map<number, { resolve: (p: Record<string, Box>) => void; reject: (e: Error) => void }>();

/** Lays a graph out with ELK in the web worker; resolves with each node's box. */
export function layout(graph: Graph): Promise<Record<string, Box>> {
  if (!worker) {
    worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (message) => {
      const { id, positions, error } = message.data;
      const pending = waiting.get(id);
      waiting.delete(id);
      if (error) pending?.reject(new Error(error));
      else pending?.resolve(positions);
    };
  }
  const id = ++next;
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    worker!.postMessage({ id, graph });
  });
}
