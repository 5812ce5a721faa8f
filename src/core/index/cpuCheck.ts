/**
 * Whether this processor can run LanceDB's native library. Its x64 builds target Haswell-class
 * processors: on one without AVX2 or FMA the first instruction that uses them kills the whole
 * process with SIGILL, with no message. The faces check before anything loads `@lancedb/lancedb`
 * and say so in words instead. Nothing here imports LanceDB.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** The instruction-set extensions LanceDB's x64 binary is built to use (Linux's names for them). */
export const LANCEDB_X64_FEATURES = ['avx2', 'fma'] as const;

export class UnsupportedCpuError extends Error {
  override name = 'UnsupportedCpuError';
}

/**
 * The feature flags every processor of a /proc/cpuinfo text has ("flags" lines on x86; "Features" on
 * Arm), lower case. A flag only some processors list is left out: the engine may run on any of them.
 */
export function cpuinfoFlags(cpuinfo: string): Set<string> {
  let common: Set<string> | undefined;
  for (const line of cpuinfo.split('\n')) {
    const m = /^(flags|features)\s*:(.*)$/i.exec(line);
    if (!m) continue;
    const flags = new Set(m[2].trim().toLowerCase().split(/\s+/).filter(Boolean));
    common = common ? new Set([...common].filter((f) => flags.has(f))) : flags;
  }
  return common ?? new Set();
}

/**
 * macOS's `sysctl -n machdep.cpu.features machdep.cpu.leaf7_features` output ("FPU ... FMA ..." then
 * "... AVX2 ..."), as the same lower-case names.
 */
export function sysctlFlags(output: string): Set<string> {
  return new Set(output.toLowerCase().split(/\s+/).filter(Boolean));
}

export type CpuVerdict =
  | { runs: true }
  | { runs: false; missing: string[] }
  /** Not known here (no /proc/cpuinfo, a platform without a way to ask): LanceDB is tried anyway. */
  | { runs: 'unknown'; why: string };

/** Where the verdict's facts come from; tests give their own. */
export interface CpuFacts {
  platform: NodeJS.Platform;
  arch: string;
  /** /proc/cpuinfo on Linux. */
  readCpuinfo(): string;
  /** The machdep.cpu feature lists on macOS. */
  readSysctl(): string;
}

const thisMachine: CpuFacts = {
  platform: process.platform,
  arch: process.arch,
  readCpuinfo: () => readFileSync('/proc/cpuinfo', 'utf8'),
  readSysctl: () => execFileSync('sysctl', ['-n', 'machdep.cpu.features', 'machdep.cpu.leaf7_features'], { encoding: 'utf8', timeout: 5000 }),
};

/** Whether LanceDB's native library can run on this processor. Only x64 builds need the check. */
export function lanceDbCpuVerdict(facts: CpuFacts = thisMachine): CpuVerdict {
  if (facts.arch !== 'x64') return { runs: true };
  let flags: Set<string>;
  try {
    if (facts.platform === 'linux') flags = cpuinfoFlags(facts.readCpuinfo());
    else if (facts.platform === 'darwin') flags = sysctlFlags(facts.readSysctl());
    else return { runs: 'unknown', why: `no check on ${facts.platform}` };
  } catch (e) {
    return { runs: 'unknown', why: `the processor's features could not be read (${(e as Error).message})` };
  }
  if (!flags.size) return { runs: 'unknown', why: 'the processor lists no features' };
  const missing = LANCEDB_X64_FEATURES.filter((f) => !flags.has(f));
  return missing.length ? { runs: false, missing } : { runs: true };
}

/** Set to 1 to skip the check (a virtual machine that hides features it has). */
export const SKIP_CPU_CHECK_VARIABLE = 'BARISTA_SKIP_CPU_CHECK';

/**
 * The error to report instead of loading LanceDB on a processor that cannot run it; undefined where it
 * can (or where that is not known, or the check is skipped).
 */
export function unsupportedCpu(facts: CpuFacts = thisMachine, env: NodeJS.ProcessEnv = process.env): UnsupportedCpuError | undefined {
  if (env[SKIP_CPU_CHECK_VARIABLE] === '1') return undefined;
  const verdict = lanceDbCpuVerdict(facts);
  if (verdict.runs !== false) return undefined;
  const names = verdict.missing.map((f) => f.toUpperCase()).join(' and ');
  return new UnsupportedCpuError(
    `this processor lacks ${names}, which the index database (LanceDB) needs on x64 machines, so Barista cannot build or search an index here. ` +
      `It needs an x64 processor from 2013 or later (Intel Haswell or AMD Excavator onwards) or an arm64 machine. ` +
      `If the processor does have ${names} and only hides ${verdict.missing.length > 1 ? 'them' : 'it'} (some virtual machines do), set ${SKIP_CPU_CHECK_VARIABLE}=1 to skip this check`,
  );
}
