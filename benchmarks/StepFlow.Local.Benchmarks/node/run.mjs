// Runs the StepFlow.Local benchmark workflows on aws-local-stepfunctions for a speed ratio.
// Usage: node run.mjs DEFINITIONS_DIR [SECONDS]   (write the definitions first: dotnet run -c Release -- export-definitions DIR)
import { measure, workflows } from './measure.mjs';

const dir = process.argv[2] ?? 'definitions';
const seconds = Number(process.argv[3] ?? 2);
for (const workflow of workflows) {
  console.log(JSON.stringify(await measure(dir, workflow, seconds)));
}
