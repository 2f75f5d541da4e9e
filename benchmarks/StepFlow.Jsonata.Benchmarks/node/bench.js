// Runs the reference jsonata-js (the version pinned in package.json) on the same expressions and data as the
// BenchmarkDotNet suite and prints, as JSON lines, evaluations per second of wall-clock time and per second of
// CPU time (the latter stays comparable when the machine is shared).
'use strict';
const fs = require('fs');
const path = require('path');
const jsonata = require('jsonata');

const root = path.join(__dirname, '..');
const data = JSON.parse(fs.readFileSync(path.join(root, 'data.json'), 'utf8'));
const expressions = JSON.parse(fs.readFileSync(path.join(root, 'expressions.json'), 'utf8'));
const seconds = Number(process.argv[2] || 2);

async function measure(compiled) {
  // warm up so the JIT has compiled the hot paths
  const warmEnd = Date.now() + 300;
  while (Date.now() < warmEnd) await compiled.evaluate(data);
  let count = 0;
  const cpuStart = process.cpuUsage();
  const start = process.hrtime.bigint();
  const end = Date.now() + seconds * 1000;
  while (Date.now() < end) {
    for (let i = 0; i < 10; i++) await compiled.evaluate(data);
    count += 10;
  }
  const elapsed = Number(process.hrtime.bigint() - start) / 1e9;
  const cpu = process.cpuUsage(cpuStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  return { wall: count / elapsed, cpu: count / cpuSeconds };
}

(async () => {
  for (const e of expressions) {
    const compiled = jsonata(e.expr);
    const rate = await measure(compiled);
    console.log(JSON.stringify({ name: e.name, wallPerSecond: Math.round(rate.wall), cpuPerSecond: Math.round(rate.cpu) }));
  }
})();
