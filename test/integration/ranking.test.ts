import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { openEngine, type Engine } from '../../src/core/engine';
import { indexFolder } from '../../src/core/index/indexer';
import { deepest, type Size } from '../../src/core/model/ladder';

// A small project where a name is used far more often than it is defined, has a test file and a
// docs page about it, and one file holds many chunks that all talk about uploads.
const tmp = mkdtempSync(path.join(os.tmpdir(), 'barista-ranking-'));
const root = path.join(tmp, 'work');
let engine: Engine;
let size: Size;

function write(rel: string, text: string): void {
  mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
  writeFileSync(path.join(root, rel), text);
}

const caller = (i: number) =>
  `from retry.backoff import BackoffPolicy\n\n\ndef send_batch_${i}(items):\n    policy = BackoffPolicy(base=0.5)\n    for item in items:\n        policy.wait(BackoffPolicy.attempts(item))\n        BackoffPolicy.reset(policy)\n    return BackoffPolicy.done(policy)\n`;

before(async () => {
  write(
    'src/retry/backoff.py',
    'import random\n\n\nclass BackoffPolicy:\n    """Waits longer after each failed attempt, with jitter."""\n\n    def __init__(self, base):\n        self.base = base\n\n    def delay(self, attempt):\n        return self.base * 2 ** attempt * random.random()\n',
  );
  for (let i = 0; i < 6; i++) write(`src/jobs/job_${i}.py`, caller(i));
  write(
    'tests/test_backoff.py',
    'from retry.backoff import BackoffPolicy\n\n\ndef test_backoff_policy_grows():\n    assert BackoffPolicy(1).delay(3) >= 0\n    assert BackoffPolicy(2).delay(1) >= 0\n',
  );
  write('docs/retries.md', '# Retries\n\nThe BackoffPolicy waits longer after each failure. Configure its base delay in settings.\n');
  const uploads = Array.from(
    { length: 8 },
    (_, i) =>
      `def upload_part_${i}(session, part):\n    """Uploads part ${i} of a file and retries the upload when it fails."""\n    return session.put(part)\n`,
  ).join('\n\n');
  write('src/uploads/parts.py', uploads);
  write(
    'src/uploads/resume.py',
    'def resume_upload(session, offset):\n    """Resumes an interrupted upload from the last byte the server has."""\n    return session.patch(offset)\n',
  );
  write('src/uploads/cancel.py', 'def cancel_upload(session):\n    """Cancels an upload that is in progress."""\n    return session.delete()\n');
  engine = await openEngine({ root, db: path.join(tmp, 'db'), providers: ['cpu'] });
  size = deepest(engine.bundle.manifest.ladder);
  await indexFolder({ root, store: engine.store, encoder: engine.encoder, depth: size.layer });
});
after(async () => {
  await engine.close();
  rmSync(tmp, { recursive: true, force: true });
});

test('a name query puts the definition first, above its many uses, its test and its docs', async () => {
  for (const mode of ['hybrid', 'text', 'dense'] as const) {
    const [first] = await engine.searcher.search('BackoffPolicy', { size, mode, k: 5 });
    assert.equal(first.path, 'src/retry/backoff.py', `${mode}: first is ${first.path}`);
  }
});

test('a question that does not ask for tests ranks the test file below the source it tests; one that asks for a test puts the test first', async () => {
  const paths = async (
    query: string,
    ranking?: false | { demote: { test: boolean; example: boolean; vendored: boolean; generated: boolean }; diversity: boolean },
  ) => (await engine.searcher.search(query, { size, k: 20, ranking })).map((r) => r.path);
  const about = await paths('how does the backoff policy delay grow after each failed attempt');
  assert.ok(about.indexOf('src/retry/backoff.py') < about.indexOf('tests/test_backoff.py'), about.join(', '));
  const asked = await paths('is there a test that the backoff policy delay grows');
  assert.equal(asked[0], 'tests/test_backoff.py', asked.join(', '));
  const plain = await paths('test that the backoff policy delay grows', {
    demote: { test: false, example: true, vendored: true, generated: true },
    diversity: true,
  });
  assert.equal(plain[0], 'tests/test_backoff.py', plain.join(', '));
});

test("the first results cover several files, not one file's chunks; without diversity one file fills them", async () => {
  const files = async (diversity: boolean) =>
    new Set(
      (
        await engine.searcher.search('retry a failed upload', {
          size,
          k: 4,
          ranking: { demote: { test: true, example: true, vendored: true, generated: true }, diversity },
        })
      ).map((r) => r.path),
    );
  assert.ok((await files(true)).size >= 3, [...(await files(true))].join(', '));
  assert.ok((await files(false)).size < (await files(true)).size);
});
