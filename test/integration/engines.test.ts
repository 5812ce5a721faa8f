import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, mock, test } from 'node:test';
import { Store } from '../../src/core/index/store';
import { silentLogger } from '../../src/core/log';
import type { EngineSettings, FolderSpec } from '../../src/extension/protocol';
import { Engines } from '../../src/extension/worker/engines';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'barista-engines-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

const settings: EngineSettings = { quality: 'auto', battery: 'save', provider: 'cpu', modelPath: '', include: [], exclude: [], maxFileBytes: 1024 * 1024 };

function folder(name: string): FolderSpec {
  const root = path.join(tmp, name);
  cpSync(path.join(__dirname, '..', 'fixtures', 'mini'), root, { recursive: true });
  return { key: `file://${root}`, name, root, db: path.join(tmp, 'db', name) };
}

test('a folder whose indexer cannot be made after its store opened leaves the store closed, and opens once the setting is fixed', async () => {
  const engines = new Engines(silentLogger, () => undefined);
  const opened = mock.method(Store, 'open');
  try {
    // A quality the model has no size for (a setting from another bundle's ladder).
    await engines.configure({ ...settings, quality: 'huge' });
    const spec = folder('bad-quality');
    await assert.rejects(engines.open(spec, true), /unknown quality "huge"/);
    assert.equal(opened.mock.callCount(), 1);
    const store = await opened.mock.calls[0].result!;
    await assert.rejects(store.stats(), /closed/i, 'the store was closed');

    await engines.configure(settings);
    assert.equal((await engines.open(spec, true)).db, spec.db);
    assert.equal((await engines.status(spec.key)).key, spec.key, 'the folder is open in the worker');
  } finally {
    opened.mock.restore();
    await engines.shutdown();
  }
});
