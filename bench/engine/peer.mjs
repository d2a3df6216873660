// The Node peer: aws-local-stepfunctions running the same ASL definitions on the same input.
// Same command line and output lines as the Java runners (src/test/java/io/stepline/bench/Harness.java):
//   node peer.mjs DEFINITION[,DEFINITION...] INPUT MIN_WARMUPS WARMUP_MS RUNS REPEAT[,REPEAT...]
// Several definitions take turns batch by batch; cpu_ns is the process's CPU time over the timed
// samples. Times are taken inside the process: Node start-up and the definitions' validation
// (new StateMachine) are excluded, as JVM start-up and compiling are.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { StateMachine } from 'aws-local-stepfunctions';

// aws-local-stepfunctions 3 asks for Node >= 22; on Node 20 only its Task state fails, for want of
// Promise.withResolvers (ES2024). This is the standard polyfill; Pass and Map need nothing.
if (typeof Promise.withResolvers !== 'function') {
  Promise.withResolvers = function withResolvers() {
    let resolve;
    let reject;
    const promise = new this((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise, resolve, reject };
  };
}

const [specs, inputFile, minWarmups, warmupMs, runs, repeatList] = process.argv.slice(2);
if (repeatList === undefined) {
  console.error('usage: node peer.mjs DEFINITION[,DEFINITION...] INPUT MIN_WARMUPS WARMUP_MS RUNS REPEAT[,REPEAT...]');
  process.exit(2);
}

const procStatus = (field) => {
  const match = readFileSync('/proc/self/status', 'utf8').match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'));
  return match ? Number(match[1]) : -1;
};

const files = specs.split(',');
const repeats = repeatList.split(',').map(Number);
const repeatOf = (w) => repeats[repeats.length === 1 ? 0 : w];
const definitions = files.map((file) => JSON.parse(readFileSync(file, 'utf8')));
const machines = definitions.map((definition) => new StateMachine(definition));
const input = JSON.parse(readFileSync(inputFile, 'utf8'));

// "mark" Task states (a Lambda function named mark) take timestamps inside an execution, so a long
// chain can be timed piece by piece; see src/test/java/io/stepline/bench/Marks.java.
const marks = definitions.map(() => ({ current: [], intervals: [] }));
const runOptions = definitions.map((definition, w) => {
  const handlers = {};
  for (const [name, state] of Object.entries(definition.States)) {
    if (state.Type === 'Task' && String(state.Resource).endsWith(':function:mark')) {
      handlers[name] = async (taskInput) => {
        marks[w].current.push(process.hrtime.bigint());
        return taskInput;
      };
    }
  }
  return { overrides: { taskResourceLocalHandlers: handlers } };
});

async function batch(w, count, keepMarks) {
  let output;
  for (let i = 0; i < count; i++) {
    marks[w].current = [];
    output = await machines[w].run(input, runOptions[w]).result;
    const taken = marks[w].current;
    if (keepMarks && taken.length >= 2) {
      marks[w].intervals.push(taken.slice(1).map((t, k) => Number(t - taken[k])));
    }
  }
  return output;
}

const baseRss = procStatus('VmRSS');
const outputs = machines.map(() => null);
let warmups = 0;
const warmupEnd = process.hrtime.bigint() + BigInt(warmupMs) * 1_000_000n;
while (warmups < Number(minWarmups) || process.hrtime.bigint() < warmupEnd) {
  for (let w = 0; w < machines.length; w++) {
    outputs[w] = await batch(w, repeatOf(w), false);
  }
  warmups++;
}
const samples = machines.map(() => []);
const cpu = machines.map(() => 0);
for (let run = 0; run < Number(runs); run++) {
  for (let w = 0; w < machines.length; w++) {
    const cpuStart = process.cpuUsage();
    const start = process.hrtime.bigint();
    outputs[w] = await batch(w, repeatOf(w), true);
    samples[w].push(Number(process.hrtime.bigint() - start));
    const used = process.cpuUsage(cpuStart);
    cpu[w] += (used.user + used.system) * 1000;
  }
}
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : Math.floor((sorted[middle - 1] + sorted[middle]) / 2);
};
const peakRss = procStatus('VmHWM');
machines.forEach((_, w) => {
  console.log(JSON.stringify({
    side: 'node',
    definition: basename(files[w]),
    warmups,
    repeat: repeatOf(w),
    samples_ns: samples[w],
    median_ns: median(samples[w]),
    cpu_ns: cpu[w],
    base_rss_kb: baseRss,
    peak_rss_kb: peakRss,
    output_chars: outputs[w] === null ? -1 : JSON.stringify(outputs[w]).length,
    interval_ns: marks[w].intervals.length === 0 ? []
      : marks[w].intervals[0].map((_, k) => median(marks[w].intervals.map((between) => between[k]))),
  }));
});
