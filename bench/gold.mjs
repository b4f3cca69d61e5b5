#!/usr/bin/env node
/**
 * `npm run bench:gold`: runs `vigil extract FILE --json` on every document of the hand-annotated
 * gold set (data/gold/*.json), aligns the predicted events to the gold ones and prints field-level
 * precision / recall / F1 (see bench/lib/gold-score.mjs for the rules).
 *
 *   node bench/gold.mjs            # table
 *   node bench/gold.mjs --json     # figures as JSON
 *   node bench/gold.mjs --self     # score the gold against itself (checks the scorer: all 1.0)
 *   node bench/gold.mjs --set heldout  # the held-out set (data/gold-heldout), never used for tuning
 *   node bench/gold.mjs --explain  # also, per document, every field where gold and prediction differ
 *   node bench/gold.mjs --only wire-2024,analysis-2021  # only the gold files whose stem starts with one of these
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FIELDS } from './lib/gold-fields.mjs';
import { addCounts, alignEvents, goldAsPrediction, metrics, scoreDocument } from './lib/gold-score.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
/** `--set NAME` picks the folder of gold files: `gold` (default, the tuning set) or `heldout`. */
const setIndex = process.argv.indexOf('--set');
const setName = setIndex > 0 ? process.argv[setIndex + 1] : 'gold';
const GOLD_DIRS = { gold: 'gold', heldout: 'gold-heldout' };
/** `--only PREFIX,...` keeps the gold files whose stem starts with one of the prefixes. */
const onlyIndex = process.argv.indexOf('--only');
const onlyPrefixes =
  onlyIndex > 0
    ? String(process.argv[onlyIndex + 1] ?? '')
        .split(',')
        .map((p) => p.trim())
        .filter(Boolean)
    : null;
if (onlyPrefixes && onlyPrefixes.length === 0)
  throw new Error('--only needs a comma-separated list of file-stem prefixes');
if (!GOLD_DIRS[setName])
  throw new Error(`unknown gold set "${setName}" (expected: ${Object.keys(GOLD_DIRS).join(', ')})`);

function loadGold() {
  const dir = join(root, 'data', GOLD_DIRS[setName]);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .filter((f) => !onlyPrefixes || onlyPrefixes.some((p) => f.startsWith(p)))
    .sort()
    .map((f) => ({ name: f, ...JSON.parse(readFileSync(join(dir, f), 'utf8')) }));
}

/** The events of one `vigil extract --json` run; a feed may print several results (array or JSON lines). */
function extractEvents(file) {
  const out = execFileSync(
    process.execPath,
    [join(root, 'bin', 'vigil.js'), 'extract', join(root, 'data', file), '--json'],
    {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const text = out.trim();
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = text
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line));
  }
  const results = Array.isArray(parsed) ? parsed : [parsed];
  return results.flatMap((r) => r.events ?? []);
}

const fmt = (x) => (x === null ? '   -' : x.toFixed(3));

function printTable(report) {
  const rows = [['field', 'P', 'R', 'F1', 'tp', 'fp', 'fn']];
  const fieldRows = FIELDS.map((f) => [f.label, report.metrics.fields[f.id]]);
  for (const [label, m] of [...fieldRows, ['MICRO TOTAL', report.metrics.micro]]) {
    rows.push([label, fmt(m.precision), fmt(m.recall), fmt(m.f1), String(m.tp), String(m.fp), String(m.fn)]);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const line = (r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  process.stdout.write(
    `Gold set ${report.set}${onlyPrefixes ? ` (only ${onlyPrefixes.join(', ')})` : ''}: ${report.documents} documents, ${report.goldEvents} gold events, ${report.predEvents} predicted${report.self ? ' (gold scored against itself)' : ''}\n\n`,
  );
  process.stdout.write(`${rows.map(line).join('\n')}\n`);
  for (const f of report.failures) process.stdout.write(`\nextract failed on ${f.file}: ${f.error}`);
  if (report.failures.length) process.stdout.write('\n');
}

/**
 * The contract's rule: what the author states without citing anyone is attributed to the document's
 * publisher. The annotations leave such sources null; score them as the publisher.
 */
function attributeToPublisher(doc) {
  const publisher = doc.document?.publisher ?? null;
  const events = doc.events.map((e) =>
    e.attribution?.source ? e : { ...e, attribution: { ...e.attribution, source: publisher, via: null } },
  );
  return { ...doc, events };
}

/** Prints the fields where the gold and the predicted events of a document differ (--explain). */
function explain(doc, predicted) {
  const { pairs, unmatchedGold, unmatchedPred } = alignEvents(doc.events, predicted);
  const show = (values) => JSON.stringify(values.length === 1 ? values[0] : values);
  console.log(`\n# ${doc.file}`);
  for (const [gi, pi] of pairs) {
    const g = doc.events[gi];
    const p = predicted[pi];
    for (const f of FIELDS) {
      const gv = f.gold(g);
      const pv = f.pred(p);
      const agree = gv.length === pv.length && gv.every((x) => pv.some((y) => f.same(x, y)));
      if (!agree) console.log(`  gold ${gi} ~ pred ${pi} ${f.label}: gold ${show(gv)} | pred ${show(pv)}`);
    }
  }
  for (const gi of unmatchedGold)
    console.log(
      `  missed gold ${gi}: ${doc.events[gi].type} "${String(doc.events[gi].evidence_text ?? '').slice(0, 90)}"`,
    );
  for (const pi of unmatchedPred)
    console.log(
      `  spurious pred ${pi}: ${predicted[pi].type} "${String(predicted[pi].evidence?.[0]?.text ?? '').slice(0, 90)}"`,
    );
}

function run() {
  const self = args.has('--self');
  let total = {};
  let goldEvents = 0;
  let predEvents = 0;
  const failures = [];
  const gold = loadGold().map(attributeToPublisher);
  for (const doc of gold) {
    let predicted = [];
    if (self) predicted = goldAsPrediction(doc.events);
    else {
      try {
        predicted = extractEvents(doc.file);
      } catch (err) {
        const message = String(err.stderr || err.message || err)
          .trim()
          .split('\n')[0];
        failures.push({ file: doc.file, error: message });
      }
    }
    goldEvents += doc.events.length;
    predEvents += predicted.length;
    if (args.has('--explain')) explain(doc, predicted);
    total = addCounts(total, scoreDocument(doc.events, predicted, FIELDS));
  }
  const report = {
    set: setName,
    self,
    documents: gold.length,
    goldEvents,
    predEvents,
    failures,
    counts: total,
    metrics: metrics(total),
  };
  if (args.has('--json')) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else printTable(report);
}

run();
