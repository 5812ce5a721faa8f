import type { PeerFigures } from '../../core/eval/peers';
import type { SuiteReport } from './evalSuite';

const f3 = (x: number | undefined): string => (x === undefined ? '     -' : x.toFixed(3).padStart(6));

export function printReport(r: SuiteReport): void {
  console.log(`suite ${r.suite}: ${r.queries} queries, ${r.files} files, ${r.chunks} chunks, model ${r.model}; ${r.metric}`);
  const groups = [...new Set(r.runs.flatMap((run) => [...Object.keys(run.categories ?? {}), ...(run.code ? ['code'] : []), ...(run.docs ? ['docs'] : [])]))];
  console.log(`size      layer  dim  mode     nDCG@10  MRR@10  R@10   R@50  ${groups.map((g) => g.slice(0, 8).padStart(9)).join('')}`);
  for (const run of r.runs) {
    const group = (g: string) => (run.categories?.[g] ?? (g === 'code' ? run.code : g === 'docs' ? run.docs : undefined))?.ndcg10;
    console.log(
      `${run.size.padEnd(9)} ${String(run.layer).padStart(5)} ${String(run.dim).padStart(4)}  ${run.mode.padEnd(7)} ${f3(run.ndcg10)}   ${f3(run.mrr10)}  ${f3(run.recall10)} ${f3(run.recall50)} ${groups.map((g) => `   ${f3(group(g))}`).join('')}`,
    );
  }
}

/** Per suite: our score for each mode at the deepest size asked, beside the published figures. */
export function printComparison(reports: SuiteReport[], mean: SuiteReport, peers: PeerFigures | undefined): void {
  const last = reports[0].runs[reports[0].runs.length - 1];
  const ours = reports[0].runs.filter((r) => r.size === last.size);
  const tools = peers?.tools ?? [];
  console.log(`\n${reports[0].metric} at ${last.size}, beside published figures${peers ? '' : ' (none found)'}`);
  const head = [...ours.map((r) => `barista ${r.mode}`), ...tools];
  console.log(`${'suite'.padEnd(26)}${head.map((h) => h.slice(0, 15).padStart(16)).join('')}`);
  for (const r of [...reports, mean]) {
    const mine = ours.map((o) => r.runs.find((x) => x.size === o.size && x.mode === o.mode)?.ndcg10);
    const theirs = peers?.bySuite.get(r === mean ? `mean of ${reports.length}` : r.suite) ?? [];
    console.log(`${r.suite.padEnd(26)}${[...mine, ...tools.map((_, i) => theirs[i])].map((x) => f3(x).padStart(16)).join('')}`);
  }
}
