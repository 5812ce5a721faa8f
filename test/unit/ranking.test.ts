import assert from 'node:assert/strict';
import { test } from 'node:test';
import { oncePerSymbol } from '../../src/core/search/collapse';
import { definesName, symbolNames } from '../../src/core/search/definitions';
import { reciprocalRankFusion } from '../../src/core/search/fusion';
import { pathKeywordShare, pathRole, stemMatches, stemOf } from '../../src/core/search/paths';
import { analyzeQuery, looksLikeName } from '../../src/core/search/query';
import { DEFAULT_RANKING, diversify, rank, rankingWithout, type RankableChunk } from '../../src/core/search/ranker';
import { denseWeight } from '../../src/core/search/weights';
import { pickWeight } from '../../src/cli/commands/evalCalibrate';

const chunk = (id: string, path: string, extra: Partial<RankableChunk> = {}): RankableChunk => ({ id, path, kind: 'code', symbol: '', text: '', ...extra });
const order = (ranked: { row: RankableChunk }[]) => ranked.map((r) => r.row.id);
/** Candidates in a fused order with falling scores. */
const fused = (...rows: RankableChunk[]) => rows.map((row, i) => ({ row, score: 1 / (61 + i) }));

test('query analysis: a lone name is a symbol query; names inside questions are found; acronyms and lone lower-case words are not names', () => {
  assert.equal(analyzeQuery('parseArgs').intent, 'symbol');
  assert.equal(analyzeQuery('Rack::Response').intent, 'symbol');
  assert.equal(analyzeQuery('flat_hash_map').intent, 'symbol');
  assert.equal(analyzeQuery('session').intent, 'question');
  assert.deepEqual(analyzeQuery('absl::StrCat and StrAppend for string concatenation').symbols, ['absl::StrCat', 'StrAppend']);
  assert.deepEqual(analyzeQuery('HTTP request wrapper and JSON headers').symbols, []);
  assert.ok(looksLikeName('ETag') && looksLikeName('Mutex') && looksLikeName('_private'));
  assert.ok(!looksLikeName('HTTP') && !looksLikeName('the'));
});

test('query analysis: what the query is after, code or docs or either', () => {
  assert.equal(analyzeQuery('where is the retry function defined').target, 'code');
  assert.equal(analyzeQuery('installation guide for the proxy').target, 'docs');
  assert.equal(analyzeQuery('Session').target, 'code');
  assert.equal(analyzeQuery('keep cookies across calls to one host').target, 'either');
  assert.deepEqual(analyzeQuery('how is the radix tree matched').keywords, ['radix', 'tree', 'matched']);
});

test('definitions: the chunker symbol or a keyword before the name, not a mere use', () => {
  assert.ok(definesName(chunk('a', 'job.kt', { symbol: 'Job, Job.cancel' }), 'Job'));
  assert.ok(definesName(chunk('a', 'x.rs', { text: 'pub trait Serialize {\n  fn serialize' }), 'Serialize'));
  assert.ok(definesName(chunk('a', 'x.go', { text: 'func (c *Context) Abort() {' }), 'Abort'));
  assert.ok(definesName(chunk('a', 'log.h', { text: '// Logs.\n#define ABSL_LOG(severity) IMPL(severity)' }), 'ABSL_LOG'));
  assert.ok(definesName(chunk('a', 'x.rb', { text: 'module Rack\n  class Response' }), 'Rack::Response'));
  assert.ok(!definesName(chunk('a', 'x.rs', { text: 'impl Serializer for X {\n let s = Serialize::new();' }), 'Serialize'));
  assert.ok(!definesName(chunk('a', 'x.java', { text: 'return StringUtils.isEmpty(s);' }), 'StringUtils'));
  assert.deepEqual([...symbolNames('Session, Session.send (+2 more)')], ['Session', 'Session.send', 'send']);
});

test('definitions in prose: only a code sample defines, not a sentence', () => {
  const guide = (text: string) => chunk('g', 'docs/guide.md', { kind: 'docs', text });
  assert.ok(!definesName(guide('Start by using TypeScript for the store.'), 'TypeScript'));
  assert.ok(!definesName(guide('Each field has a type Boolean in the schema.'), 'Boolean'));
  assert.ok(definesName(guide('```ts\nexport type State = { bears: number }\n```'), 'State'));
  assert.ok(definesName(guide('.. code-block:: python\n\n    class UserSchema(Schema):'), 'UserSchema'));
  // In code the keyword may follow anything: `const Foo =` inside an expression is still one.
  assert.ok(definesName(chunk('c', 'a.ts', { text: 'x(); using TypeScript' }), 'TypeScript'));
});

test('paths: roles, stems, named files and path words', () => {
  assert.equal(pathRole('pkg/foo_test.go'), 'test');
  assert.equal(pathRole('src/test/java/FooTest.java'), 'test');
  assert.equal(pathRole('lib/widget.spec.ts'), 'test');
  assert.equal(pathRole('examples/basic/main.go'), 'example');
  assert.equal(pathRole('third_party/zlib/inflate.c'), 'vendored');
  assert.equal(pathRole('types/index.d.ts'), 'generated');
  assert.equal(pathRole('src/contest.py'), 'source');
  assert.equal(pathRole('src/testing_utils_core.py'), 'source');
  assert.equal(stemOf('coroutines/Builders.common.kt'), 'Builders');
  assert.ok(stemMatches('strings/str_cat.h', 'StrCat'));
  assert.ok(stemMatches('rack/utils.rb', 'Utils'));
  assert.ok(!stemMatches('rack/utils.rb', 'Util2'));
  assert.equal(pathKeywordShare('render/json.go', ['json', 'response', 'rendering']), 2 / 3);
  assert.equal(pathKeywordShare('logger.go', ['logging', 'middleware']), 1 / 2);
  assert.equal(pathKeywordShare('context.go', ['contents']), 0);
  assert.equal(pathKeywordShare('config.py', ['model', 'configuration']), 1 / 2);
  assert.equal(pathKeywordShare('logging.py', ['log']), 0, 'roots under four letters must be equal');
});

test('names: a definition of the queried name rises above uses; with no name in the query, order stays', () => {
  const use = chunk('use', 'client.rb', { text: 'Rack::Response.new(body)' });
  const def = chunk('def', 'response.rb', { text: 'module Rack\n  class Response\n' });
  assert.deepEqual(order(rank(fused(use, def), analyzeQuery('Rack::Response'))), ['def', 'use']);
  assert.deepEqual(order(rank(fused(use, def), analyzeQuery('build the body of a reply'))), ['use', 'def']);
});

test('names: a file named after the name counts a little without a definition, more with one', () => {
  const other = chunk('other', 'flow/Channels.kt', { text: 'fun produce()' });
  const named = chunk('named', 'flow/Deferred.kt', { text: 'public suspend fun await()' });
  assert.deepEqual(order(rank(fused(other, named), analyzeQuery('Deferred and await for async results'))), ['named', 'other']);
});

test('path words: a question whose words name a file lifts it; a symbol query is left to names', () => {
  const a = chunk('a', 'context.go', { text: 'func (c *Context) Next()' });
  const b = chunk('b', 'recovery.go', { text: 'func CustomRecovery()' });
  assert.deepEqual(order(rank(fused(a, b), analyzeQuery('panic recovery middleware'))), ['b', 'a']);
  assert.deepEqual(order(rank(fused(a, b), analyzeQuery('panic handling middleware'))), ['a', 'b']);
});

test('roles: a test ranks below source of a close score, unless demoting tests is off', () => {
  const t = chunk('t', 'tests/test_session.py');
  const s = chunk('s', 'session.py');
  assert.deepEqual(order(rank(fused(t, s), analyzeQuery('session retries'))), ['s', 't']);
  assert.deepEqual(order(rank(fused(t, s), analyzeQuery('session retries'), rankingWithout(['test']) || undefined)), ['t', 's']);
  // A far better test still wins: the factor lowers, it does not bury.
  const far = [
    { row: t, score: 1 },
    { row: s, score: 0.1 },
  ];
  assert.deepEqual(order(rank(far, analyzeQuery('retry budget'))), ['t', 's']);
});

test('code and docs: a code query puts docs below code, a docs query the reverse, any other query neither', () => {
  const doc = chunk('doc', 'docs/retries.md', { kind: 'docs' });
  const code = chunk('code', 'retry.py');
  assert.deepEqual(order(rank(fused(doc, code), analyzeQuery('which function retries uploads'))), ['code', 'doc']);
  assert.deepEqual(order(rank(fused(code, doc), analyzeQuery('guide to retries'))), ['doc', 'code']);
  assert.deepEqual(order(rank(fused(doc, code), analyzeQuery('failed uploads again'))), ['doc', 'code']);
});

test('diversity: a third chunk of one file yields to the first of another; off, the fused order stays', () => {
  const rows = fused(chunk('a1', 'a.go'), chunk('a2', 'a.go'), chunk('a3', 'a.go'), chunk('b1', 'b.go'));
  assert.deepEqual(order(diversify(rows)), ['a1', 'b1', 'a2', 'a3']);
  assert.deepEqual(order(rank(rows, analyzeQuery('x y'), { ...DEFAULT_RANKING, diversity: false })), ['a1', 'a2', 'a3', 'b1']);
  assert.equal(rankingWithout(['all']), false);
  assert.throws(() => rankingWithout(['tests']), /unknown ranking part "tests"/);
});

test('several chunks of one symbol show once, at the best rank; chunks without a symbol all stay', () => {
  const hits = [
    { id: 1, path: 'a.py', symbol: 'big' },
    { id: 2, path: 'b.py', symbol: 'big' },
    { id: 3, path: 'a.py', symbol: 'big' },
    { id: 4, path: 'a.py', symbol: '' },
    { id: 5, path: 'a.py', symbol: '' },
    { id: 6, path: 'a.py', symbol: 'big', folder: 'other' },
  ];
  assert.deepEqual(
    oncePerSymbol(hits).map((h) => h.id),
    [1, 2, 4, 5, 6],
  );
});

test('the dense list counts by the size: the bundle states it, or the share of the network stands in', () => {
  const ladder = [
    { name: 'demi', layer: 1, dim: 16 },
    { name: 'trenta', layer: 6, dim: 384 },
  ];
  const manifest = { numLayers: 6, hiddenSize: 384, ladder };
  assert.equal(denseWeight(manifest, ladder[1]), 1);
  assert.equal(denseWeight(manifest, ladder[0]), 0.1);
  const stated = { ...manifest, fusion: { denseWeight: { demi: 0.2, trenta: 1.5 } } };
  assert.equal(denseWeight(stated, ladder[0]), 0.2);
  assert.equal(denseWeight(stated, { name: '1:8', layer: 1, dim: 8 }), 0.2, "a custom size takes its layer's weight");
  assert.equal(denseWeight(stated, ladder[1], 'symbol'), 0.75, 'a name query leans on text');
});

test('weighted fusion: a list with a lower weight moves an item less', () => {
  const dense = ['a', 'b'];
  const text = ['b', 'a'];
  assert.equal(reciprocalRankFusion([dense, text], (x) => x, 60, [1, 1])[0].score, reciprocalRankFusion([dense, text], (x) => x, 60, [1, 1])[1].score);
  assert.equal(reciprocalRankFusion([dense, text], (x) => x, 60, [0.3, 1])[0].item, 'b');
  assert.equal(reciprocalRankFusion([dense, text], (x) => x, 60, [2, 1])[0].item, 'a');
});

test('query analysis: abbreviations are not names, and a name inside a question does not make it a code query', () => {
  assert.deepEqual(analyzeQuery('write my own scheme, e.g. a custom header').symbols, []);
  assert.equal(analyzeQuery('combine settings, removing keys explicitly set to None').target, 'either');
  assert.deepEqual(analyzeQuery('os.path and Foo::bar').symbols, ['os.path', 'Foo::bar']);
});

test('path words: one common word of a long question is chance and lifts nothing', () => {
  const a = chunk('a', 'structures.py');
  const b = chunk('b', '_types.py');
  const q = analyzeQuery('mapping type for headers where two spellings of one name refer to the same key, ignoring case');
  assert.deepEqual(order(rank(fused(a, b), q)), ['a', 'b']);
});

test('fusion calibration picks the smallest weight whose mean is within 0.002 of the best', () => {
  assert.equal(pickWeight([0.822, 0.8271, 0.8269, 0.826]), 1);
  assert.equal(pickWeight([0.829, 0.843, 0.861, 0.8634]), 2);
  assert.equal(pickWeight([0.9, 0.8, 0.7]), 0);
});
