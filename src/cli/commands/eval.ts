import * as path from 'node:path';
import { meanOverSuites } from '../../core/eval/evaluate';
import { readPeerFigures } from '../../core/eval/peers';
import { isSuite, loadSuite, suitesIn } from '../../core/eval/suite';
import { cliLogger, cliProgress } from '../output';
import type { SearchMode } from '../../core/search/searcher';
import { floatOption, intOption, parse, rankingOption, RANKING_OFF_USAGE, UsageError } from '../args';
import { calibrateFusion } from './evalCalibrate';
import { printComparison, printReport } from './evalPrint';
import { evalSuite, type Settings, type SuiteReport } from './evalSuite';

export const usage = `barista eval <suite-dir | folder of suites>... [--sizes all|NAME,...] [--mode dense|text|hybrid|all] [--db D] ${RANKING_OFF_USAGE} [--dense-weight W] [--per-query] [--json] | --calibrate-fusion [--write-manifest]`;

const MODES: SearchMode[] = ['dense', 'text', 'hybrid'];

export async function run(argv: string[]): Promise<void> {
  const { values, positionals } = parse(argv, {
    sizes: { type: 'string', default: 'all' },
    mode: { type: 'string', default: 'hybrid' },
    'per-query': { type: 'boolean', default: false },
    'ranking-off': { type: 'string' },
    'dense-weight': { type: 'string' },
    'calibrate-fusion': { type: 'boolean', default: false },
    'write-manifest': { type: 'boolean', default: false },
  });
  if (positionals.length === 0) throw new UsageError(usage);
  const modes = values.mode === 'all' ? MODES : values.mode.split(',').map((m) => m.trim() as SearchMode);
  for (const m of modes) if (!MODES.includes(m)) throw new UsageError(`--mode must be dense, text, hybrid or all, got "${m}"`);
  const suiteDirs = positionals.flatMap((target) => {
    const dirs = isSuite(target) ? [target] : suitesIn(target);
    if (dirs.length === 0) throw new UsageError(`${target} is neither a suite (corpus/ and queries.jsonl) nor a folder of suites`);
    return dirs;
  });
  // The mean's name: the folder given, or how many suites of how many folders.
  const label = positionals.length === 1 ? path.basename(path.resolve(positionals[0])) : `${suiteDirs.length} suites`;
  const progress = cliProgress(values);
  const logger = cliLogger(values, progress);
  const settings = (dir: string): Settings => ({
    sizes: values.sizes,
    modes,
    // A folder of suites keeps one index per suite under --db.
    db: values.db && suiteDirs.length > 1 ? path.join(values.db, path.basename(dir)) : values.db,
    model: values.model,
    threads: intOption(values.threads, 'threads', 2),
    search: { ranking: rankingOption(values['ranking-off']), denseWeight: floatOption(values['dense-weight'], 'dense-weight') },
    logger,
    progress,
  });
  if (values['calibrate-fusion']) {
    const suites = suiteDirs.map(loadSuite);
    const dirOf = new Map(suites.map((s, i) => [s, suiteDirs[i]]));
    return calibrateFusion(suites, (s) => settings(dirOf.get(s)!), values['write-manifest'] ? (values.model ?? '') : undefined, {
      json: values.json,
      perQuery: values['per-query'],
      label,
    });
  }
  const reports: SuiteReport[] = [];
  const show = (r: SuiteReport) => {
    const shown = { ...r, runs: r.runs.map(({ perQuery, ...rest }) => (values['per-query'] ? { ...rest, perQuery } : rest)) };
    if (values.json) console.log(JSON.stringify(shown));
    else printReport(r);
  };
  for (const dir of suiteDirs) {
    const report = await evalSuite(loadSuite(dir), settings(dir));
    reports.push(report);
    show(report);
  }
  if (reports.length > 1) {
    const sum = (key: 'queries' | 'files' | 'chunks') => reports.reduce((a, r) => a + r[key], 0);
    const mean: SuiteReport = {
      suite: `${label} (mean)`,
      metric: reports[0].metric,
      queries: sum('queries'),
      files: sum('files'),
      chunks: sum('chunks'),
      model: reports[0].model,
      runs: meanOverSuites(reports.map((r) => r.runs)),
    };
    show(mean);
    if (!values.json) printComparison(reports, mean, positionals.length === 1 ? readPeerFigures(positionals[0]) : undefined);
  }
}
