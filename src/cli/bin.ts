/**
 * The command line's entry point (dist/cli.js). Every command but help opens an index, and LanceDB's
 * x64 library kills the process with SIGILL, without a word, on a processor that lacks AVX2 or FMA:
 * the processor is checked first, and the commands (which load LanceDB) only after.
 */
import { unsupportedCpu } from '../core/index/cpuCheck';
import { colorEnabled, painter } from './color';
import { EXIT } from './exit';

const cpuProblem = unsupportedCpu();
if (cpuProblem) {
  console.error(`${painter(colorEnabled(process.stderr))('red', 'error:')} ${cpuProblem.message}`);
  process.exitCode = EXIT.error;
} else {
  void import('./main');
}
