// Measures the StepFlow.Local benchmark workflows on aws-local-stepfunctions 3.0.0 (the same definitions and inputs,
// written by `dotnet run -c Release -- export-definitions DIR`).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { StateMachine } from 'aws-local-stepfunctions';

export const workflows = [
  { label: 'PassChain', definition: 'pass-chain.asl.json', input: 'small-payload.json', transitions: 1000 },
  { label: 'ChoiceLoop', definition: 'choice-loop.asl.json', input: 'small-payload.json', transitions: 1003 },
  { label: 'Map10000Items', definition: 'map.asl.json', input: 'map-input.json', transitions: 10001 },
];

/** Runs one workflow for about `seconds` (at least 3 runs) after a second of warm-up (at least 3 runs, as on the .NET
 * side, so both JITs reach their optimized code): mean and best milliseconds per run. */
export async function measure(dir, workflow, seconds) {
  const read = (name) => JSON.parse(readFileSync(join(dir, name), 'utf8'));
  const machine = new StateMachine(read(workflow.definition), { validationOptions: { checkPaths: false } });
  const input = read(workflow.input);
  const warmUpEnd = process.hrtime.bigint() + 1_000_000_000n;
  for (let i = 0; i < 3 || process.hrtime.bigint() < warmUpEnd; i++) await machine.run(input).result;
  let runs = 0;
  let best = Infinity;
  const start = process.hrtime.bigint();
  const deadline = start + BigInt(Math.round(seconds * 1e9));
  while (runs < 3 || process.hrtime.bigint() < deadline) {
    const began = process.hrtime.bigint();
    await machine.run(input).result;
    best = Math.min(best, Number(process.hrtime.bigint() - began) / 1e6);
    runs++;
  }

  const msPerRun = Number(process.hrtime.bigint() - start) / 1e6 / runs;
  return { label: workflow.label, msPerRun: +msPerRun.toFixed(3), bestMsPerRun: +best.toFixed(3), transitionsPerSecond: Math.round(workflow.transitions / msPerRun * 1000) };
}
