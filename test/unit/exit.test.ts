import assert from 'node:assert/strict';
import { test } from 'node:test';
import { UsageError } from '../../src/cli/args';
import { EXIT, exitCodeOf, NoIndexError } from '../../src/cli/exit';
import { BundleError } from '../../src/core/model/bundle';
import { CancelledError } from '../../src/core/model/encoder';
import { SizeError } from '../../src/core/model/ladder';

test('each kind of failure has its exit code', () => {
  assert.equal(exitCodeOf(new UsageError('x')), EXIT.usage);
  assert.equal(exitCodeOf(new SizeError('unknown size')), EXIT.usage);
  assert.equal(exitCodeOf(new NoIndexError('no index')), EXIT.notReady);
  assert.equal(exitCodeOf(new BundleError('no bundle')), EXIT.notReady);
  assert.equal(exitCodeOf(new CancelledError('stopped')), 130);
  assert.equal(exitCodeOf(new Error('disk full')), EXIT.error);
  assert.equal(exitCodeOf('not an error'), EXIT.error);
});
