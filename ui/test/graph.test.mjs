import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildGraph, describeRule, START, END } from '../build-test/graph.js';

const machine = {
  StartAt: 'Check',
  States: {
    Check: { Type: 'Choice', Choices: [{ Variable: '$.n', NumericGreaterThan: 3, Next: 'Fan' }], Default: 'Done' },
    Fan: {
      Type: 'Parallel', Next: 'Done',
      Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Recover' }],
      Branches: [
        { StartAt: 'A', States: { A: { Type: 'Pass', End: true } } },
        { StartAt: 'B', States: { B: { Type: 'Map', End: true, ItemProcessor: { StartAt: 'Item', States: { Item: { Type: 'Task', Resource: 'x', End: true } } } } } },
      ],
    },
    Recover: { Type: 'Pass', Next: 'Done' },
    Done: { Type: 'Succeed' },
  },
};

test('Parallel branches and Map iterators are nested groups', () => {
  const g = buildGraph(machine);
  const byId = Object.fromEntries(g.nodes.map((n) => [n.id, n]));
  assert.equal(byId.Fan.kind, 'group');
  assert.equal(byId['Fan#1'].parent, 'Fan');
  assert.equal(byId.A.parent, 'Fan#1');
  assert.equal(byId.B.kind, 'group');
  assert.equal(byId.B.parent, 'Fan#2');
  assert.equal(byId.Item.parent, 'B');
});

test('Choice rules are labelled with their condition, Default and Catch edges are their own kinds', () => {
  const g = buildGraph(machine);
  const kinds = g.edges.map((e) => `${e.source}-${e.kind}->${e.target}${e.label ? ` [${e.label}]` : ''}`);
  assert.ok(kinds.includes('Check-choice->Fan [$.n > 3]'));
  assert.ok(kinds.includes('Check-default->Done [Default]'));
  assert.ok(kinds.includes('Fan-catch->Recover [States.ALL]'));
  assert.ok(kinds.includes(`${START}-next->Check`));
  assert.ok(kinds.includes(`Done-next->${END}`));
  assert.deepEqual(g.catchTargets.Fan, ['Recover']);
});

test('big groups are collapsed unless expanded', () => {
  const states = {};
  for (let i = 0; i < 50; i++) states[`S${i}`] = { Type: 'Pass', ...(i < 49 ? { Next: `S${i + 1}` } : { End: true }) };
  const big = { StartAt: 'M', States: { M: { Type: 'Map', End: true, ItemProcessor: { StartAt: 'S0', States: states } } } };
  assert.equal(buildGraph(big).nodes.find((n) => n.id === 'M').collapsed, 50);
  assert.equal(buildGraph(big, { expanded: new Set(['M']) }).nodes.filter((n) => n.parent === 'M').length, 50);
});

test('rules read as conditions', () => {
  assert.equal(describeRule({ And: [{ Variable: '$.a', StringEquals: 'x' }, { Not: { Variable: '$.b', IsPresent: true } }] }),
    '$.a == "x" and not ($.b is present)');
  assert.equal(describeRule({ Condition: '{% $n > 1 %}' }), '{% $n > 1 %}');
});
