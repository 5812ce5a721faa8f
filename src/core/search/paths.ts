/**
 * What a path says about a file: whether it is a test, an example, vendored or generated code, and
 * how well its name matches a query. Paths are relative to the indexed root, '/' separated.
 */
import { splitIdentifier } from '../text/identifiers';

export type PathRole = 'test' | 'example' | 'vendored' | 'generated' | 'source';

const TEST_DIRS = new Set(['test', 'tests', '__tests__', 'spec', 'specs', 'testing', 'testdata', 'test_data', 'fixtures', '__fixtures__', '__mocks__', 'e2e']);
const EXAMPLE_DIRS = new Set([
  'example',
  'examples',
  '_example',
  '_examples',
  'demo',
  'demos',
  'sample',
  'samples',
  'docs_src',
  'doc_src',
  'benchmark',
  'benchmarks',
  'bench',
]);
const VENDORED_DIRS = new Set([
  'vendor',
  'vendored',
  '_vendor',
  'third_party',
  'third-party',
  'thirdparty',
  'external',
  'extern',
  'deps',
  'node_modules',
  'bower_components',
  'compat',
  '_compat',
  'legacy',
]);
const GENERATED_DIRS = new Set(['generated', '__generated__', 'gen', 'dist', 'build', 'out']);

// File names of tests across languages: test_x.py, x_test.py/go/cc, x.test.ts, x.spec.js, XTest.java,
// XTests.cs, x_spec.rb, XSpec.scala, test_helper.rb, conftest.py.
const TEST_FILE = /^(test_.*|.*_test|.*[._-](test|spec)|.*[a-z0-9](Test|Tests|Spec|IT)|.*_spec|test_helper.*|conftest|tests?)\.[^.]+$/;
const GENERATED_FILE = /(\.min\.(js|css)$|\.generated\.|\.g\.(cs|dart)$|_pb2(_grpc)?\.py$|\.pb\.(go|cc|h)$|_generated\.|\.d\.ts$|\.stderr$|\.snap$)/;

/**
 * A path's role. Vendored code is vendored whatever it holds; a test file's name makes it a test;
 * otherwise the innermost folder that names a role decides: `src/test/java/.../examples/X.java` is
 * an example, `examples/app/tests/x.py` a test.
 */
export function pathRole(path: string): PathRole {
  const parts = path.split('/');
  const file = parts[parts.length - 1];
  const dirs = parts.slice(0, -1).map((d) => d.toLowerCase());
  if (dirs.some((d) => VENDORED_DIRS.has(d))) return 'vendored';
  if (TEST_FILE.test(file)) return 'test';
  for (let i = dirs.length - 1; i >= 0; i--) {
    if (TEST_DIRS.has(dirs[i])) return 'test';
    if (EXAMPLE_DIRS.has(dirs[i])) return 'example';
    if (GENERATED_DIRS.has(dirs[i])) return 'generated';
  }
  if (GENERATED_FILE.test(file)) return 'generated';
  return 'source';
}

/** A file name without folder and extensions: `src/str_cat.h` -> `str_cat`, `Builders.common.kt` -> `Builders`. */
export function stemOf(path: string): string {
  const file = path.slice(path.lastIndexOf('/') + 1);
  const dot = file.indexOf('.', 1);
  return dot > 0 ? file.slice(0, dot) : file;
}

/** Case, underscores and dashes dropped, and a plural `s`: `str_cat`, `StrCat` and `strcats` compare equal. */
const squash = (s: string): string => s.toLowerCase().replace(/[_-]/g, '').replace(/s$/, '');

/** Whether a file is named after a symbol: `flat_hash_map.h` for `flat_hash_map`, `Job.kt` for `Job`. */
export function stemMatches(path: string, symbol: string): boolean {
  const stem = squash(stemOf(path));
  return stem.length > 0 && stem === squash(symbol);
}

// Endings dropped before two words are compared, longest first; what is left keeps 3 letters.
const ENDINGS = ['ations', 'ation', 'ings', 'ing', 'ions', 'ion', 'ers', 'er', 'ors', 'or', 'ed', 'es', 's', 'e'];

/** A word without its endings: `rendering` and `render` -> `rend`, `logger` and `logging` -> `logg`, `contents` -> `content`. */
export function wordRoot(word: string): string {
  // Twice, so that `rendering` and `render` meet at `rend`.
  for (let pass = 0; pass < 2; pass++) {
    const end = ENDINGS.find((e) => word.endsWith(e) && word.length - e.length >= 3);
    if (!end) break;
    word = word.slice(0, -end.length);
  }
  return word;
}

/**
 * The share of query keywords found in a file's name or its folder's name (`recovery.go` for
 * "panic recovery middleware", `render/json.go` for "JSON response rendering"). Words compare by
 * their roots, so `logger.go` answers "logging", `config.py` "configuration" and `requests`
 * "request", but `context` is not "contents".
 */
export function pathKeywordShare(path: string, keywords: readonly string[]): number {
  if (keywords.length === 0) return 0;
  const parts = path.split('/');
  const names = [stemOf(path), ...(parts.length > 1 ? [parts[parts.length - 2]] : [])];
  const roots = [
    ...new Set(
      names
        .flatMap((n) => [n.toLowerCase(), ...n.split(/[-.]/).flatMap(splitIdentifier)])
        .filter((w) => w.length > 1)
        .map(wordRoot),
    ),
  ];
  return keywords.filter((k) => roots.some((r) => sameRoot(r, wordRoot(k)))).length / keywords.length;
}

/** Equal roots, or one of four letters or more that the other starts with (`config`, `configur`). */
function sameRoot(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.startsWith(short);
}
