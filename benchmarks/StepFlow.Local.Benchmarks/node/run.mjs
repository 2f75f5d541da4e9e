// Runs the StepFlow.Local benchmark workflows on aws-local-stepfunctions for a speed ratio.
// Usage: node run.mjs DEFINITIONS_DIR   (write the definitions first: dotnet run -c Release -- export-definitions DIR)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { StateMachine } from 'aws-local-stepfunctions';

const dir = process.argv[2] ?? 'definitions';
const read = (name) => JSON.parse(readFileSync(join(dir, name), 'utf8'));

async function measure(label, definitionFile, inputFile, transitions, runs) {
  const machine = new StateMachine(read(definitionFile), { validationOptions: { checkPaths: false } });
  const input = read(inputFile);
  for (let i = 0; i < 3; i++) await machine.run(input).result;
  const start = process.hrtime.bigint();
  for (let i = 0; i < runs; i++) await machine.run(input).result;
  const seconds = Number(process.hrtime.bigint() - start) / 1e9 / runs;
  console.log(JSON.stringify({ label, msPerRun: +(seconds * 1000).toFixed(3), transitionsPerSecond: Math.round(transitions / seconds) }));
}

await measure('PassChain', 'pass-chain.asl.json', 'small-payload.json', 1000, 50);
await measure('ChoiceLoop', 'choice-loop.asl.json', 'small-payload.json', 1003, 50);
await measure('Map10000Items', 'map.asl.json', 'map-input.json', 10001, 10);
