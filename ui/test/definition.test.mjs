import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pointerOffset, lineColumn, parseDefinition } from '../build-test/definition.js';

test('a JSON pointer maps to the line of its key', () => {
  const text = '{\n  "StartAt": "A",\n  "States": {\n    "A": {\n      "Type": "Pass",\n      "Next": "Nowhere"\n    }\n  }\n}';
  assert.equal(lineColumn(text, pointerOffset(text, '/States/A/Next')).line, 6);
  assert.equal(lineColumn(text, pointerOffset(text, '/States/A/Missing')).line, 4);
});

test('a YAML pointer maps to the line of its key', () => {
  const text = 'StartAt: A\nStates:\n  A:\n    Type: Pass\n    Next: Nowhere\n';
  assert.equal(lineColumn(text, pointerOffset(text, '/States/A/Next')).line, 5);
});

test('broken JSON reports where', () => {
  const parsed = parseDefinition('{\n  "StartAt": "A",\n  oops\n}');
  assert.equal(parsed.ok, false);
  assert.equal(parsed.line, 3);
});
