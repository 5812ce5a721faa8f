import * as path from 'node:path';
import { openEngine, type Engine } from '../../core/engine';
import { defaultIndexDir } from '../../core/index/location';
import { indexExists } from '../../core/index/status';
import type { Logger } from '../../core/log';
import { NoIndexError } from '../exit';
import { noIndexError } from '../indexed';

export { NoIndexError };

/**
 * The index of one folder, opened on first use and kept open (the model loads once). A server that
 * only reads never creates an index: where none exists, each use says so and how to make one, and
 * the next use looks again (an index made in the meantime is found).
 */
export class FolderIndex {
  readonly db: string;
  private opening?: Promise<Engine>;

  constructor(private readonly o: { root: string; db?: string; model?: string; logger: Logger }) {
    this.db = o.db ? path.resolve(o.db) : defaultIndexDir(o.root);
  }

  get root(): string {
    return this.o.root;
  }

  /** True when the folder holds a Barista index (its meta table is written last, when the index is whole). */
  exists(): boolean {
    return indexExists(this.db);
  }

  engine(): Promise<Engine> {
    if (!this.exists()) {
      return Promise.reject(noIndexError(this.o.root, this.db, this.o.db !== undefined));
    }
    this.opening ??= openEngine({ root: this.o.root, db: this.db, model: this.o.model, logger: this.o.logger, access: 'read' }).catch((e) => {
      this.opening = undefined;
      throw e;
    });
    return this.opening;
  }

  async close(): Promise<void> {
    const opening = this.opening;
    this.opening = undefined;
    if (opening) await (await opening.catch(() => undefined))?.close();
  }
}
