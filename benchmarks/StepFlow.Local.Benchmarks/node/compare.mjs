// Side by side in one time window: alternates StepFlow.Local (`quick --json`) and aws-local-stepfunctions rounds, then
// prints each engine's median and best milliseconds per run and the ratios. On a shared, loaded machine the best
// runs are the steadier figure; the medians show the spread.
// Usage: node compare.mjs BENCHMARK_DLL DEFINITIONS_DIR [ROUNDS] [SECONDS]
import { execFileSync } from 'node:child_process';
import { measure, workflows } from './measure.mjs';

const [dll, dir] = process.argv.slice(2, 4);
const rounds = Number(process.argv[4] ?? 3);
const seconds = Number(process.argv[5] ?? 2);
if (!dll || !dir) {
  console.error('Usage: node compare.mjs BENCHMARK_DLL DEFINITIONS_DIR [ROUNDS] [SECONDS]');
  process.exit(2);
}

const samples = Object.fromEntries(workflows.map((w) => [w.label, { dotnet: [], node: [] }]));
for (let round = 0; round < rounds; round++) {
  for (const workflow of workflows) {
    const output = execFileSync('dotnet', [dll, 'quick', '--json', workflow.label, String(seconds)], { encoding: 'utf8' });
    samples[workflow.label].dotnet.push(JSON.parse(output.trim().split('\n').at(-1)));
    samples[workflow.label].node.push(await measure(dir, workflow, seconds));
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const perSecond = (transitions, ms) => Math.round(transitions / ms * 1000);
for (const workflow of workflows) {
  const { dotnet, node } = samples[workflow.label];
  const d = { median: median(dotnet.map((s) => s.msPerRun)), best: Math.min(...dotnet.map((s) => s.bestMsPerRun)) };
  const n = { median: median(node.map((s) => s.msPerRun)), best: Math.min(...node.map((s) => s.bestMsPerRun)) };
  console.log(JSON.stringify({
    label: workflow.label,
    rounds,
    stepflow: { medianMsPerRun: d.median, bestMsPerRun: d.best, bestTransitionsPerSecond: perSecond(workflow.transitions, d.best), bytesPerTransition: median(dotnet.map((s) => s.bytesPerTransition)) },
    npm: { medianMsPerRun: n.median, bestMsPerRun: n.best, bestTransitionsPerSecond: perSecond(workflow.transitions, n.best) },
    ratioOfMedians: +(n.median / d.median).toFixed(2),
    ratioOfBest: +(n.best / d.best).toFixed(2),
  }));
}
