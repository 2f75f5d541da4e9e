#!/usr/bin/env node
// Runs only asl-validator (as aslcheck/validate.js does, same options) over many files: the ASL language service in
// validate.js takes about a second per file, too slow for thousands of mutations. Resolve modules from the aslcheck
// copy: NODE_PATH=<copy>/node_modules node asl-validator-only.js FILE...
'use strict';
const fs = require('fs');
const aslValidator = require('asl-validator');

for (const file of process.argv.slice(2)) {
  let result;
  try {
    const r = aslValidator(JSON.parse(fs.readFileSync(file, 'utf8')), { checkArn: true, checkPaths: true });
    result = { file, validator: 'asl-validator', isValid: r.isValid, errors: r.errors.map((e) => ({ code: e['Error code'], message: e.Message })) };
  } catch (e) {
    result = { file, validator: 'asl-validator', isValid: false, errors: [{ code: 'VALIDATOR_EXCEPTION', message: String((e && e.message) || e) }] };
  }

  process.stdout.write(JSON.stringify(result) + '\n');
}
