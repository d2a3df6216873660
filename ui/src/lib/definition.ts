import { parseTree, findNodeAtLocation, type Node as JsonNode } from 'jsonc-parser';
import { parseDocument, isMap, isSeq, isScalar, type Node as YamlNode } from 'yaml';

/** A definition's text read as JSON, or as YAML when it does not start like JSON. */
export type Parsed = { ok: true; value: any } | { ok: false; message: string; line: number; column: number };

export function looksLikeJson(text: string): boolean {
  return /^\s*[{[]/.test(text);
}

export function parseDefinition(text: string): Parsed {
  if (looksLikeJson(text)) {
    try {
      return { ok: true, value: JSON.parse(text) };
    } catch (e) {
      const offset = Number(/position (\d+)/.exec(String(e))?.[1] ?? 0);
      const { line, column } = lineColumn(text, offset);
      return { ok: false, message: (e as Error).message, line, column };
    }
  }
  const doc = parseDocument(text);
  if (doc.errors.length > 0) {
    const err = doc.errors[0];
    return { ok: false, message: err.message.split('\n')[0], line: err.linePos?.[0].line ?? 1, column: err.linePos?.[0].col ?? 1 };
  }
  return { ok: true, value: doc.toJS() };
}

/** 1-based line and column of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: lines[lines.length - 1].length + 1 };
}

/** JSON Pointer ("/States/A/Next") to path segments. */
export function pointerSegments(pointer: string): string[] {
  if (!pointer || pointer === '/') return [];
  return pointer.replace(/^\//, '').split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/**
 * The character offset of the value a JSON Pointer names in the text, or of its nearest
 * existing parent: where a diagnostic without a line and column is drawn.
 */
export function pointerOffset(text: string, pointer: string): number {
  let segments = pointerSegments(pointer);
  if (looksLikeJson(text)) {
    const root = parseTree(text);
    if (!root) return 0;
    for (; segments.length >= 0; segments = segments.slice(0, -1)) {
      const path = segments.map((s) => (/^\d+$/.test(s) ? Number(s) : s));
      const node: JsonNode | undefined = findNodeAtLocation(root, path);
      if (node) return node.parent?.type === 'property' ? node.parent.offset : node.offset;
      if (segments.length === 0) return 0;
    }
    return 0;
  }
  const doc = parseDocument(text, { keepSourceTokens: true });
  for (; ; segments = segments.slice(0, -1)) {
    const found = yamlKeyOffset(doc.contents as YamlNode, segments);
    if (found !== undefined) return found;
    if (segments.length === 0) return 0;
  }
}

function yamlKeyOffset(node: YamlNode | null, segments: string[]): number | undefined {
  let current: any = node;
  let offset = current?.range?.[0];
  for (const segment of segments) {
    if (isMap(current)) {
      const pair: any = current.items.find((p: any) => isScalar(p.key) && String(p.key.value) === segment);
      if (!pair) return undefined;
      offset = pair.key.range?.[0];
      current = pair.value;
    } else if (isSeq(current)) {
      current = current.items[Number(segment)];
      if (!current) return undefined;
      offset = current.range?.[0];
    } else {
      return undefined;
    }
  }
  return offset;
}
