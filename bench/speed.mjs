#!/usr/bin/env node
// Throughput and peak memory of `vigil extract --batch` over 3,000 MUC-4 train texts in one process.
// usage: node bench/speed.mjs [--docs 3000] [--core N]   (prints figures; not a test)
// --core N runs the extractor on CPU N alone (taskset), with V8's own threads (compiler, GC) on that
// core too: the figure of a one-core machine. Without it the OS may put those threads on other cores.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { docs: { type: 'string', default: '3000' }, core: { type: 'string' } } });
const wanted = Number(values.docs);
const texts = readFileSync(join(root, '..', 'shared', 'data', 'muc4', 'processed', 'train.json'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l).doctext);
const lines = Array.from({ length: wanted }, (_, i) => JSON.stringify({ id: `d${i}`, text: texts[i % texts.length] }));

/** Peak resident memory of a live process, from /proc (Linux). */
const peakKb = (pid) => {
  try {
    return Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
};

/** CPU seconds (user + system) a live process has used, from /proc: a figure that other load on the machine barely moves. */
const cpuSeconds = (pid) => {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (USER_HZ = 100)
  } catch {
    return 0;
  }
};

const command = [process.execPath, join(root, 'bin', 'vigil.js'), 'extract', '--batch'];
if (values.core !== undefined) command.unshift('taskset', '--cpu-list', values.core);
const child = spawn(command[0], command.slice(1), {
  stdio: ['pipe', 'pipe', 'inherit'],
});
let peak = 0;
let cpu = 0;
let outputs = 0;
let firstOutputAt = 0;
const poll = setInterval(() => {
  peak = Math.max(peak, peakKb(child.pid));
  cpu = Math.max(cpu, cpuSeconds(child.pid));
}, 50);
let buffered = '';
child.stdout.on('data', (chunk) => {
  buffered += chunk;
  const parts = buffered.split('\n');
  buffered = parts.pop() ?? '';
  if (!firstOutputAt && parts.length) firstOutputAt = performance.now();
  outputs += parts.length;
  peak = Math.max(peak, peakKb(child.pid));
  cpu = Math.max(cpu, cpuSeconds(child.pid));
});
const started = performance.now();
child.stdin.end(`${lines.join('\n')}\n`);
child.on('close', (code) => {
  clearInterval(poll);
  const seconds = (performance.now() - started) / 1000;
  const steady = (outputs - 1) / ((performance.now() - firstOutputAt) / 1000);
  console.log(`documents ${outputs}/${wanted}, exit ${code}`);
  console.log(`wall ${seconds.toFixed(1)} s including start-up: ${(outputs / seconds).toFixed(0)} docs/s`);
  console.log(`after the first output (knowledge loaded): ${steady.toFixed(0)} docs/s`);
  console.log(
    `CPU time ${cpu.toFixed(1)} s (user + system, start-up included): ${(outputs / cpu).toFixed(0)} docs per CPU-second`,
  );
  console.log(`peak RSS ${(peak / 1024).toFixed(0)} MB`);
  if (values.core !== undefined) console.log(`on CPU ${values.core} alone (taskset)`);
});
