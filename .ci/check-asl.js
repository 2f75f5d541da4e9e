#!/usr/bin/env node
// Runs ../shared/tools/aslcheck (asl-validator + amazon-states-language-service) over ASL files and fails on any
// error, except the validators' own documented false positives (docs/validation-catalog.md in shared/, section
// "Surprises, bugs and false positives"), each listed below with the catalogue item it comes from.
// Usage: node .ci/check-asl.js <aslcheck copy with node_modules> FILE...
'use strict';
const { spawnSync } = require('child_process');
const path = require('path');

// Each entry: which validator, the message it gives, and a test of the JSON value the message points at.
const KNOWN_FALSE_POSITIVES = [
  // Catalogue item 14: literal (non-expression) Output values in JSONata states are valid; asl-validator rejects them.
  { validator: 'asl-validator', pattern: /Output.* must match exactly one schema in oneOf/, value: (v) => typeof v !== 'string' || !v.trim().startsWith('{%') },
  // Corpus index (failure_cause_assessment): asl-path-validator rejects the JSONPath forms $.[0], $.[?(...)] and
  // $.a.[0] that Step Functions accepts (published AWS samples use them).
  { validator: 'asl-validator', pattern: /must match format "asl_payload_template"/, value: (v) => typeof v === 'string' && /\.\[/.test(v) },
  // Corpus index: asl-validator requires a space inside the JSONata delimiters ("{% x %}"); AWS accepts "{%x%}".
  { validator: 'asl-validator', pattern: /must match exactly one schema in oneOf/, value: (v) => typeof v === 'string' && /^\{%(\S.*|.*\S)%\}$/s.test(v) },
];

// The JSON value an asl-validator instancePath (a JSON pointer) designates.
function valueAt(doc, pointer) {
  if (!pointer) return undefined;
  let node = doc;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (node === null || typeof node !== 'object' || !(key in node)) return undefined;
    node = node[key];
  }
  return node;
}

const [checker, ...files] = process.argv.slice(2);
if (!checker || files.length === 0) {
  console.error('usage: node .ci/check-asl.js ASLCHECK_DIR FILE...');
  process.exit(2);
}

const run = spawnSync('node', [path.join(checker, 'validate.js'), ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
if (run.status === 2 || run.error) {
  console.error(run.stderr || String(run.error));
  process.exit(2);
}

const fs = require('fs');
let failures = 0;
let allowed = 0;
for (const line of run.stdout.split('\n').filter(Boolean)) {
  const result = JSON.parse(line);
  const problems = result.validator === 'asl-validator'
    ? (result.isValid ? [] : result.errors.map((e) => ({ text: e.message + (e.instancePath ? ' at ' + e.instancePath : ''), pointer: e.instancePath })))
    : (result.diagnostics || []).filter((d) => d.severity === 'error').map((d) => ({ text: `${d.message} (line ${d.line}, col ${d.col})` }));
  if (result.error) problems.push({ text: result.error });
  const doc = JSON.parse(fs.readFileSync(result.file, 'utf8'));
  for (const { text: problem, pointer } of problems) {
    const target = valueAt(doc, pointer);
    const known = KNOWN_FALSE_POSITIVES.find((k) => k.validator === result.validator && k.pattern.test(problem) && pointer !== undefined && k.value(target));
    if (known) {
      allowed++;
      console.log(`known false positive (${result.validator}): ${result.file}: ${problem}`);
    } else {
      failures++;
      console.log(`error (${result.validator}): ${result.file}: ${problem}`);
    }
  }
}

console.log(`aslcheck: ${files.length} file(s), ${failures} error(s), ${allowed} documented false positive(s)`);
process.exit(failures === 0 ? 0 : 1);
