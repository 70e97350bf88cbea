// npm run bench:import: make PDF and Word versions of the five source documents, import each (text, PDF, Word),
// and score the drafts against the strategies made by hand: recall of priority names, actions and measure values,
// and precision (the share of candidates that match something in the content). Budgets: priority names 90%,
// measure values 80% recall, for every format on average. Writes bench/import.md.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkContent } from '../src/lib/check/run.ts';
import { findCandidates } from '../src/lib/import/candidates.ts';
import { joinPages } from '../src/lib/import/text-copy.ts';
import { percentOf, scoreImport, type ImportScore, type Score } from '../src/lib/import/score.ts';
import { extractDocument } from './lib/extract-document.ts';
import { printPdfs, writeDocx } from './lib/test-documents.ts';

const root = process.cwd();
const seeds = process.env.SOURCES_DIR ?? join(root, '../shared/seeds');
const content = checkContent(root).content;
// Each strategy names its text copy in its sources; those found in the seeds folder are scored.
const targets = content.strategies.flatMap((s) => {
  const text = s.data.sources.map((d) => (d as { text?: string }).text).find((t) => t && t.length > 0);
  return text ? [{ id: s.id, strategy: s.data, seed: join(seeds, text) }] : [];
});
if (!targets.length) {
  console.error(`No strategy names a text copy found in ${seeds}.`);
  process.exit(1);
}
const dir = mkdtempSync(join(tmpdir(), 'hws-import-bench-'));
const started = performance.now();
try {
  const docs = targets.map((t) => ({
    ...t,
    text: readFileSync(t.seed, 'utf8'),
    pdf: join(dir, `${t.id}.pdf`),
    docx: join(dir, `${t.id}.docx`),
  }));
  await printPdfs(docs.map((d) => ({ text: d.text, path: d.pdf })));
  for (const d of docs) await writeDocx(d.text, d.docx);
  const rows: { id: string; format: string; score: ImportScore }[] = [];
  for (const d of docs) {
    for (const [format, path] of [
      ['text', d.seed],
      ['pdf', d.pdf],
      ['docx', d.docx],
    ] as const) {
      const extracted = await extractDocument(path);
      rows.push({ id: d.id, format, score: scoreImport(findCandidates(joinPages(extracted.pages)), d.strategy) });
    }
  }
  const cell = (s: Score) =>
    `${s.found}/${s.total} (${percentOf(s.found, s.total)}) · ${percentOf(s.matched, s.candidates)} of ${s.candidates}`;
  const sum = (format: string, key: keyof ImportScore) =>
    rows
      .filter((r) => r.format === format)
      .reduce(
        (a, r) => ({
          found: a.found + r.score[key].found,
          total: a.total + r.score[key].total,
          matched: a.matched + r.score[key].matched,
          candidates: a.candidates + r.score[key].candidates,
          missed: [...a.missed, ...r.score[key].missed],
        }),
        { found: 0, total: 0, matched: 0, candidates: 0, missed: [] as string[] },
      );
  const lines = [
    '# Import benchmark',
    '',
    `Measured by \`npm run bench:import\` on ${new Date().toISOString().slice(0, 10)}: each source document as text, as a PDF printed by Chromium and as a Word file built with the docx library, imported and scored against the strategy made by hand. Each cell: found/total (recall) · precision of the candidates.`,
    '',
    '| strategy | format | priority names | actions | measure values |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map(
      (r) =>
        `| ${r.id} | ${r.format} | ${cell(r.score.priorities)} | ${cell(r.score.actions)} | ${cell(r.score.measureValues)} |`,
    ),
    '',
    '| format | priority names | actions | measure values |',
    '| --- | --- | --- | --- |',
    ...['text', 'pdf', 'docx'].map(
      (f) => `| ${f} | ${cell(sum(f, 'priorities'))} | ${cell(sum(f, 'actions'))} | ${cell(sum(f, 'measureValues'))} |`,
    ),
  ];
  const budgets = ['text', 'pdf', 'docx'].flatMap((f) => [
    {
      rule: `${f}: priority names recall at least 90%`,
      ok: sum(f, 'priorities').found / sum(f, 'priorities').total >= 0.9,
    },
    {
      rule: `${f}: measure values recall at least 80%`,
      ok: sum(f, 'measureValues').found / sum(f, 'measureValues').total >= 0.8,
    },
  ]);
  lines.push('', '| budget | |', '| --- | --- |', ...budgets.map((b) => `| ${b.rule} | ${b.ok ? 'pass' : 'FAIL'} |`));
  // What each format misses, so a change to the importer shows which names and values it gained or lost.
  lines.push(
    '',
    '## Missed',
    '',
    "The content's priority names and measure values that no candidate matched.",
    '',
    '| strategy | format | priority names missed | measure values missed |',
    '| --- | --- | --- | --- |',
  );
  for (const r of rows) {
    const names = r.score.priorities.missed.map((n) => `"${n}"`).join('; ') || 'none';
    const values = r.score.measureValues.missed.join(', ') || 'none';
    lines.push(`| ${r.id} | ${r.format} | ${names} | ${values} |`);
  }
  lines.push('');
  writeFileSync(join(root, 'bench/import.md'), lines.join('\n'));
  console.log(lines.join('\n'));
  console.log(`(${((performance.now() - started) / 1000).toFixed(1)} s)`);
  if (budgets.some((b) => !b.ok)) process.exit(1);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
