// The Node peer: aws-local-stepfunctions running the same ASL definition on the same input.
// Same command line and output line as the Java runners (src/test/java/io/stepline/bench/Harness.java):
//   node peer.mjs DEFINITION INPUT MIN_WARMUPS WARMUP_MS RUNS REPEAT
// Times are taken inside the process (Node start-up and definition validation excluded).
import { readFileSync } from 'node:fs';
import { StateMachine } from 'aws-local-stepfunctions';

const [spec, inputFile, minWarmups, warmupMs, runs, repeat] = process.argv.slice(2);
if (repeat === undefined) {
  console.error('usage: node peer.mjs DEFINITION INPUT MIN_WARMUPS WARMUP_MS RUNS REPEAT');
  process.exit(2);
}

const procStatus = (field) => {
  const match = readFileSync('/proc/self/status', 'utf8').match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'));
  return match ? Number(match[1]) : -1;
};

const machine = new StateMachine(JSON.parse(readFileSync(spec, 'utf8')));
const input = JSON.parse(readFileSync(inputFile, 'utf8'));

async function batch(count) {
  let output;
  for (let i = 0; i < count; i++) {
    output = await machine.run(input).result;
  }
  return output;
}

const baseRss = procStatus('VmRSS');
let output = null;
let warmups = 0;
const warmupEnd = process.hrtime.bigint() + BigInt(warmupMs) * 1_000_000n;
while (warmups < Number(minWarmups) || process.hrtime.bigint() < warmupEnd) {
  output = await batch(Number(repeat));
  warmups++;
}
const samples = [];
for (let run = 0; run < Number(runs); run++) {
  const start = process.hrtime.bigint();
  output = await batch(Number(repeat));
  samples.push(Number(process.hrtime.bigint() - start));
}
const sorted = [...samples].sort((a, b) => a - b);
const middle = Math.floor(sorted.length / 2);
const median = sorted.length % 2 ? sorted[middle] : Math.floor((sorted[middle - 1] + sorted[middle]) / 2);
console.log(JSON.stringify({
  side: 'node',
  warmups,
  repeat: Number(repeat),
  samples_ns: samples,
  median_ns: median,
  base_rss_kb: baseRss,
  peak_rss_kb: procStatus('VmHWM'),
  output_chars: output === null ? -1 : JSON.stringify(output).length,
}));
