import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stateRuns, timelineBars } from '../build-test/status.js';

const ev = (id, previousEventId, type, detailsKey, details) => ({ id, previousEventId, timestamp: 1000 + id, type, ...(detailsKey ? { [detailsKey]: details } : {}) });

test('a retried task that then fails and is caught: the failing state is caught, the handler succeeded', () => {
  const events = [
    ev(1, 0, 'ExecutionStarted', 'executionStartedEventDetails', { input: '{}' }),
    ev(2, 1, 'TaskStateEntered', 'stateEnteredEventDetails', { name: 'Load', input: '{"a":1}' }),
    ev(3, 2, 'TaskScheduled', 'taskScheduledEventDetails', {}),
    ev(4, 3, 'TaskFailed', 'taskFailedEventDetails', { error: 'Boom', cause: 'first' }),
    ev(5, 4, 'TaskScheduled', 'taskScheduledEventDetails', {}),
    ev(6, 5, 'TaskFailed', 'taskFailedEventDetails', { error: 'Boom', cause: 'second' }),
    ev(7, 6, 'PassStateEntered', 'stateEnteredEventDetails', { name: 'Recover', input: '{}' }),
    ev(8, 7, 'PassStateExited', 'stateExitedEventDetails', { name: 'Recover', output: '{}' }),
    ev(9, 8, 'ExecutionSucceeded', 'executionSucceededEventDetails', { output: '{}' }),
  ];
  const runs = stateRuns(events, { Load: ['Recover'] });
  assert.equal(runs.get('Load').status, 'caught');
  assert.equal(runs.get('Load').error, 'Boom');
  assert.equal(runs.get('Load').cause, 'second');
  assert.deepEqual(runs.get('Load').attempts.map((a) => a.cause), ['first', 'second']);
  assert.equal(runs.get('Recover').status, 'succeeded');
  assert.equal(timelineBars(runs).length, 3);
});

test('a task that succeeds after a failed attempt is retried; an unhandled failure is failed; a running one is running', () => {
  const events = [
    ev(1, 0, 'ExecutionStarted'),
    ev(2, 1, 'TaskStateEntered', 'stateEnteredEventDetails', { name: 'A' }),
    ev(3, 2, 'TaskScheduled'),
    ev(4, 3, 'TaskFailed', 'taskFailedEventDetails', { error: 'E' }),
    ev(5, 4, 'TaskScheduled'),
    ev(6, 5, 'TaskSucceeded', 'taskSucceededEventDetails', { output: '1' }),
    ev(7, 6, 'TaskStateExited', 'stateExitedEventDetails', { name: 'A', output: '1', assignedVariables: { x: '1' } }),
    ev(8, 7, 'TaskStateEntered', 'stateEnteredEventDetails', { name: 'B' }),
    ev(9, 8, 'TaskScheduled'),
    ev(10, 9, 'TaskFailed', 'taskFailedEventDetails', { error: 'Bad', cause: 'why' }),
    ev(11, 10, 'ExecutionFailed', 'executionFailedEventDetails', { error: 'Bad' }),
  ];
  const runs = stateRuns(events, {});
  assert.equal(runs.get('A').status, 'retried');
  assert.deepEqual(runs.get('A').variables, { x: '1' });
  assert.equal(runs.get('B').status, 'failed');
  assert.equal(runs.get('B').cause, 'why');
  assert.equal(stateRuns(events.slice(0, 9)).get('B').status, 'running');
  assert.equal(stateRuns(events.slice(0, 9)).get('C'), undefined);
});

test('a failure inside a Parallel branch marks the branch state failed and the Parallel caught', () => {
  const events = [
    ev(1, 0, 'ExecutionStarted'),
    ev(2, 1, 'ParallelStateEntered', 'stateEnteredEventDetails', { name: 'Fan' }),
    ev(3, 2, 'ParallelStateStarted'),
    ev(4, 3, 'TaskStateEntered', 'stateEnteredEventDetails', { name: 'Inner' }),
    ev(5, 4, 'TaskScheduled'),
    ev(6, 5, 'TaskFailed', 'taskFailedEventDetails', { error: 'X', cause: 'y' }),
    ev(7, 6, 'ParallelStateFailed'),
    ev(8, 7, 'PassStateEntered', 'stateEnteredEventDetails', { name: 'Handler' }),
  ];
  const runs = stateRuns(events, { Fan: ['Handler'] });
  assert.equal(runs.get('Inner').status, 'failed');
  assert.equal(runs.get('Fan').status, 'caught');
});

test('a failure whose state is exited before the handler is entered (as Stepline and AWS record a Catch) is caught', () => {
  const events = [
    ev(1, 0, 'ExecutionStarted'),
    ev(2, 1, 'TaskStateEntered', 'stateEnteredEventDetails', { name: 'Load' }),
    ev(3, 2, 'TaskScheduled'),
    ev(4, 3, 'TaskFailed', 'taskFailedEventDetails', { error: 'E', cause: 'c' }),
    ev(5, 4, 'TaskScheduled'),
    ev(6, 5, 'TaskFailed', 'taskFailedEventDetails', { error: 'E', cause: 'c2' }),
    ev(7, 6, 'TaskStateExited', 'stateExitedEventDetails', { name: 'Load', output: '{}' }),
    ev(8, 7, 'PassStateEntered', 'stateEnteredEventDetails', { name: 'Handler' }),
  ];
  const runs = stateRuns(events, { Load: ['Handler'] });
  assert.equal(runs.get('Load').status, 'caught');
  assert.equal(runs.get('Load').cause, 'c2');
  assert.equal(runs.get('Load').attempts.length, 2);
});
