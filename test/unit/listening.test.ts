import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeQuery } from '../../src/core/search/query';
import {
  DEFAULT_RANKING,
  rank,
  rankingWithout,
  wantedRoles,
  DEFAULT_CONSTANTS,
  type RankableChunk,
  type RankingEvidence,
  type RankingOptions,
} from '../../src/core/search/ranker';
import { chunkRole, roleProfile } from '../../src/core/search/roles';

// The question-aware signals, each with a query that must lift a role and one that must not. The
// constants are stated here (a demotion that bites, each signal on) so the tests do not hang on the
// values calibration ships.

const chunk = (id: string, path: string, extra: Partial<RankableChunk> = {}): RankableChunk => ({ id, path, kind: 'code', symbol: '', text: '', ...extra });
const order = (ranked: { row: RankableChunk }[]) => ranked.map((r) => r.row.id);
const fused = (...rows: RankableChunk[]) => rows.map((row, i) => ({ row, score: 1 / (61 + i) }));
const listening = (constants: Partial<typeof DEFAULT_CONSTANTS> = {}): RankingOptions => ({
  ...DEFAULT_RANKING,
  diversity: false,
  constants: { roleFactor: 0.3, otherKindFactor: 0.5, docsFactor: 0.7, roleLift: 2, ...constants },
});
const hits = (...paths: string[]): RankingEvidence['first'] => paths.map((path) => ({ row: { path, kind: path.endsWith('.md') ? 'docs' : 'code' } }));

test('roles: an example named in the question ranks as wanted; the same words without "example" leave it below the library', () => {
  const ex = chunk('ex', 'examples/debounce/main.go');
  const lib = chunk('lib', 'tea.go');
  assert.deepEqual(order(rank(fused(ex, lib), analyzeQuery('example of debouncing key presses'), listening())), ['ex', 'lib']);
  assert.deepEqual(order(rank(fused(ex, lib), analyzeQuery('debouncing key presses'), listening())), ['lib', 'ex']);
  // Wanted is not lifted: library code retrieval put above it stays above (a folder named apart from the query's words).
  const timer = chunk('timer', 'examples/timer/main.go');
  assert.deepEqual(order(rank(fused(lib, timer), analyzeQuery('sample program for debouncing key presses'), listening())), ['lib', 'timer']);
});

test('roles: "is there a test" keeps a test where retrieval put it; without the words it goes below library code', () => {
  const t = chunk('t', 'spec/httparty/ssl_spec.rb');
  const s = chunk('s', 'lib/httparty/connection_adapter.rb');
  assert.deepEqual(order(rank(fused(t, s), analyzeQuery('is there a test that an untrusted certificate authority fails the request'), listening())), [
    't',
    's',
  ]);
  assert.deepEqual(order(rank(fused(t, s), analyzeQuery('untrusted certificate authority fails the request'), listening())), ['s', 't']);
});

test('roles: "how do I" lets examples compete with library code without lifting them', () => {
  const ex = chunk('ex', 'examples/exec/main.go');
  const lib = chunk('lib', 'exec.go');
  assert.deepEqual(order(rank(fused(ex, lib), analyzeQuery('how do I open an editor from my app'), listening())), ['ex', 'lib']);
  assert.deepEqual(order(rank(fused(lib, ex), analyzeQuery('how do I open an editor from my app'), listening())), ['lib', 'ex']);
  assert.deepEqual(order(rank(fused(ex, lib), analyzeQuery('open an editor from my app'), listening())), ['lib', 'ex']);
});

test('roles: the dense hits say a role is wanted when they hold it far beyond its share of the index', () => {
  const q = analyzeQuery('read data piped into stdin and still take keyboard input');
  const c = { ...DEFAULT_CONSTANTS, roleLift: 2 };
  const top = hits(
    'examples/pipe/main.go',
    'examples/pipe/main.go',
    'examples/readline/main.go',
    'tea.go',
    'key.go',
    'tty.go',
    'tea.go',
    'options.go',
    'input.go',
    'key.go',
  );
  // Examples are 3 of the first 10 hits; a tenth of the index is examples: wanted.
  const rare = roleProfile([...Array(9).fill({ path: 'tea.go', kind: 'code' }), { path: 'examples/a/main.go', kind: 'code' }]);
  assert.ok(wantedRoles(q, { first: top, profile: rare }, c).has('example'));
  // Examples are two thirds of the index: three in ten is less than their share, no sign.
  const common = roleProfile([...Array(2).fill({ path: 'tea.go', kind: 'code' }), ...Array(4).fill({ path: 'examples/a/main.go', kind: 'code' })]);
  assert.ok(!wantedRoles(q, { first: top, profile: common }, c).has('example'));
  // Off (lift 0), the hits decide nothing.
  assert.ok(!wantedRoles(q, { first: top, profile: rare }, { ...c, roleLift: 0 }).has('example'));
  // And in ranking: wanted, the example keeps its place above the library chunk just below it.
  const ex = chunk('ex', 'examples/pipe/main.go');
  const lib = chunk('lib', 'tea.go');
  assert.deepEqual(order(rank(fused(ex, lib), q, listening(), { first: top, profile: rare })), ['ex', 'lib']);
  assert.deepEqual(order(rank(fused(ex, lib), q, listening(), { first: top, profile: common })), ['lib', 'ex']);
});

test('code and docs: a query naming a feature finds the code first and the page near; a docs question the page first', () => {
  // Paths without the query's words, so that path words decide nothing here.
  const page = chunk('page', 'docs/shells.md', { kind: 'docs' });
  const code = chunk('code', 'src/generator/shells.rs');
  const feature = analyzeQuery('bash completion generation');
  assert.equal(feature.target, 'either');
  assert.deepEqual(order(rank(fused(page, code), feature, listening())), ['code', 'page']);
  assert.deepEqual(order(rank(fused(page, code), analyzeQuery('guide to bash completion'), listening())), ['page', 'code']);
  // When the dense hits are mostly pages while pages are rare in the index, prose is wanted.
  const profile = roleProfile([...Array(19).fill({ path: 'src/a.rs', kind: 'code' }), { path: 'docs/a.md', kind: 'docs' }]);
  const evidence = { first: hits('docs/shells.md', 'docs/install.md', 'docs/shells.md', 'src/generator/shells.rs'), profile };
  assert.deepEqual(order(rank(fused(page, code), feature, listening(), evidence)), ['page', 'code']);
});

test('--ranking-off listen: the fixed demotion again, whatever the question says', () => {
  const ex = chunk('ex', 'examples/debounce/main.go');
  const lib = chunk('lib', 'tea.go');
  const off = rankingWithout(['listen'], listening()) as RankingOptions;
  assert.equal(off.listen, false);
  assert.deepEqual(order(rank(fused(ex, lib), analyzeQuery('example of debouncing key presses'), off)), ['lib', 'ex']);
});

test('roles of chunks: the innermost folder decides, docs by kind', () => {
  assert.equal(chunkRole('scribejava-apis/src/test/java/com/x/examples/GoogleExample.java', 'code'), 'example');
  assert.equal(chunkRole('examples/app/tests/test_x.py', 'code'), 'test');
  assert.equal(chunkRole('examples/README.md', 'docs'), 'example');
  assert.equal(chunkRole('docs/guide.md', 'docs'), 'docs');
  assert.equal(chunkRole('src/lib.rs', 'code'), 'source');
  const p = roleProfile([
    { path: 'a.go', kind: 'code' },
    { path: 'a_test.go', kind: 'code' },
    { path: 'README.md', kind: 'docs' },
  ]);
  assert.deepEqual([p.chunks, p.count.source, p.count.test, p.count.docs], [3, 1, 1, 1]);
});

test('names: a question that asks for a test of a name wants the test, not the definition of the name', () => {
  const def = chunk('def', 'core/base64/Base64.java', { text: 'public abstract class Base64 {' });
  const t = chunk('t', 'core/src/test/base64/Base64Test.java', { text: 'public class Base64Test {\n  @Test public void allAgree() {' });
  assert.deepEqual(order(rank(fused(t, def), analyzeQuery('test that all the Base64 implementations give the same output'), listening())), ['t', 'def']);
  // Without the role asked for, the definition of the name it mentions rises.
  assert.deepEqual(order(rank(fused(t, def), analyzeQuery('do all the Base64 implementations give the same output'), listening())), ['def', 't']);
});
