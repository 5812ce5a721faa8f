import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cpuinfoFlags, lanceDbCpuVerdict, sysctlFlags, unsupportedCpu, type CpuFacts } from '../../src/core/index/cpuCheck';

/** Two processors of an x86 /proc/cpuinfo, with the given flags lines. */
const x86cpuinfo = (...flags: string[]) =>
  flags
    .map(
      (f, i) =>
        `processor\t: ${i}\nvendor_id\t: GenuineIntel\nmodel name\t: Intel(R) Core(TM) i7\nfpu\t\t: yes\nflags\t\t: ${f}\nbugs\t\t: spectre_v1\nbogomips\t: 4788.82\n`,
    )
    .join('\n');

// A Sandy Bridge laptop (AVX, no AVX2 or FMA) and a Haswell one, as their kernels list them.
const SANDY_BRIDGE =
  'fpu vme de pse tsc msr pae mce cx8 apic sep mtrr sse sse2 ht syscall nx lm pni pclmulqdq ssse3 cx16 sse4_1 sse4_2 popcnt aes xsave avx lahf_lm';
const HASWELL = `${SANDY_BRIDGE} fma movbe f16c rdrand bmi1 avx2 bmi2 erms invpcid`;

const linux = (cpuinfo: string): CpuFacts => ({
  platform: 'linux',
  arch: 'x64',
  readCpuinfo: () => cpuinfo,
  readSysctl: () => assert.fail('sysctl is not asked on Linux'),
});

test('the flags of /proc/cpuinfo are those every processor lists', () => {
  assert.deepEqual([...cpuinfoFlags(x86cpuinfo('fpu avx2 fma', 'fpu avx2 fma'))].sort(), ['avx2', 'fma', 'fpu']);
  // A flag one processor lacks does not count: the engine may be scheduled on that one.
  assert.deepEqual([...cpuinfoFlags(x86cpuinfo('fpu avx2 fma', 'fpu fma'))].sort(), ['fma', 'fpu']);
  // Words on other lines ("fpu : yes", "bugs") are not flags; Arm's "Features" line is read too.
  assert.ok(!cpuinfoFlags(x86cpuinfo('avx2')).has('yes'));
  assert.deepEqual([...cpuinfoFlags('processor\t: 0\nFeatures\t: fp asimd evtstrm aes\nCPU implementer\t: 0x41\n')], ['fp', 'asimd', 'evtstrm', 'aes']);
  assert.equal(cpuinfoFlags('').size, 0);
});

test('a Haswell processor runs LanceDB; a Sandy Bridge one lacks AVX2 and FMA', () => {
  assert.deepEqual(lanceDbCpuVerdict(linux(x86cpuinfo(HASWELL, HASWELL))), { runs: true });
  assert.deepEqual(lanceDbCpuVerdict(linux(x86cpuinfo(SANDY_BRIDGE, SANDY_BRIDGE))), { runs: false, missing: ['avx2', 'fma'] });
  // FMA without AVX2 (AMD Piledriver): only what is missing is named.
  assert.deepEqual(lanceDbCpuVerdict(linux(x86cpuinfo(`${SANDY_BRIDGE} fma`))), { runs: false, missing: ['avx2'] });
});

test('the error says what the processor lacks, what Barista needs, and how to skip the check', () => {
  const error = unsupportedCpu(linux(x86cpuinfo(SANDY_BRIDGE)), {});
  assert.equal(error?.name, 'UnsupportedCpuError');
  assert.match(error!.message, /^this processor lacks AVX2 and FMA, which the index database \(LanceDB\) needs on x64 machines/);
  assert.match(error!.message, /Intel Haswell or AMD Excavator onwards\) or an arm64 machine/);
  assert.match(error!.message, /set BARISTA_SKIP_CPU_CHECK=1 to skip this check$/);
  assert.equal(unsupportedCpu(linux(x86cpuinfo(SANDY_BRIDGE)), { BARISTA_SKIP_CPU_CHECK: '1' }), undefined);
  assert.equal(unsupportedCpu(linux(x86cpuinfo(HASWELL)), {}), undefined);
});

test('other machines: arm64 needs no check, macOS asks sysctl, unreadable features let LanceDB be tried', () => {
  const never = () => assert.fail('nothing is read on arm64');
  assert.deepEqual(lanceDbCpuVerdict({ platform: 'linux', arch: 'arm64', readCpuinfo: never, readSysctl: never }), { runs: true });
  const mac = (features: string): CpuFacts => ({
    platform: 'darwin',
    arch: 'x64',
    readCpuinfo: () => assert.fail('no /proc on macOS'),
    readSysctl: () => features,
  });
  assert.deepEqual(lanceDbCpuVerdict(mac('FPU VME SSE4.2 AVX1.0 FMA\nSMEP ERMS AVX2 BMI2\n')), { runs: true });
  assert.deepEqual(lanceDbCpuVerdict(mac('FPU VME SSE4.2 AVX1.0\nSMEP ERMS\n')), { runs: false, missing: ['avx2', 'fma'] });
  assert.deepEqual(sysctlFlags('AVX2 FMA'), new Set(['avx2', 'fma']));
  const unreadable: CpuFacts = {
    ...linux(''),
    readCpuinfo: () => {
      throw new Error('ENOENT: /proc/cpuinfo');
    },
  };
  assert.equal(lanceDbCpuVerdict(unreadable).runs, 'unknown');
  assert.equal(lanceDbCpuVerdict(linux('')).runs, 'unknown');
  assert.equal(lanceDbCpuVerdict({ ...linux(''), platform: 'win32' }).runs, 'unknown');
  assert.equal(unsupportedCpu(unreadable, {}), undefined);
});

test('this machine: the verdict agrees with its own /proc/cpuinfo', { skip: process.platform !== 'linux' || process.arch !== 'x64' }, () => {
  const verdict = lanceDbCpuVerdict();
  // The machines these tests run on run LanceDB (the integration tests load it).
  assert.deepEqual(verdict, { runs: true });
});
