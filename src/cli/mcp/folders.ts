import * as path from 'node:path';
import { isInside } from '../../core/index/folderPath';
import { FolderIndex, type FolderIndexOptions } from './folderIndex';

export type FolderDefaults = Omit<FolderIndexOptions, 'root'>;

/**
 * The folders `barista mcp` serves: those given with --dir, or the client's roots (which may change
 * while the server runs). Each has its FolderIndex; a folder dropped from the roots is closed.
 */
export class Folders {
  private readonly byRoot = new Map<string, FolderIndex>();
  private settled: Promise<void>;
  private settle!: () => void;

  constructor(private readonly defaults: FolderDefaults) {
    this.settled = new Promise((r) => (this.settle = r));
  }

  /** Serves exactly these folders from now on. */
  async set(roots: string[]): Promise<void> {
    const wanted = new Set(roots.map((r) => path.resolve(r)));
    for (const [root, folder] of this.byRoot) {
      if (!wanted.has(root)) {
        this.byRoot.delete(root);
        await folder.close();
      }
    }
    for (const root of wanted) {
      if (this.byRoot.has(root)) continue;
      const folder = new FolderIndex({ ...this.defaults, root });
      this.byRoot.set(root, folder);
      folder.start();
    }
    this.settle();
  }

  /** The folders, once they are known (the client's roots come after the handshake). */
  async all(): Promise<FolderIndex[]> {
    await this.settled;
    return [...this.byRoot.values()];
  }

  /**
   * The folders a call is about: the one `name` names (its path, or its last segment), else all.
   * An unknown name is refused with the folders there are.
   */
  async pick(name: string | undefined): Promise<FolderIndex[]> {
    const all = await this.all();
    if (!name) return all;
    const found = all.find((f) => f.root === path.resolve(name)) ?? all.find((f) => path.basename(f.root) === name);
    if (!found) throw new Error(`"${name}" is not a folder this server serves; it serves ${all.map((f) => f.root).join(', ') || 'no folder'}`);
    return [found];
  }

  /**
   * The folder a file belongs to and the file's path as given to it: an absolute path names its
   * folder; a relative one belongs to `name`'s folder, to the only folder, or, with several, to the
   * folder whose name it starts with (as search results of several folders are read).
   */
  async forFile(file: string, name: string | undefined): Promise<{ folder: FolderIndex; file: string }> {
    const all = name ? await this.pick(name) : await this.all();
    if (path.isAbsolute(file)) {
      const folder = all.find((f) => isInside(f.root, file));
      // Left to the folder's own check, which says it is outside.
      return { folder: folder ?? all[0], file };
    }
    if (all.length === 1) return { folder: all[0], file };
    const [first, ...rest] = file.replace(/\\/g, '/').split('/');
    const folder = all.find((f) => path.basename(f.root) === first);
    if (folder && rest.length) return { folder, file: rest.join('/') };
    throw new Error(
      `${file}: say which folder it is in (the folder argument, or the folder's name first); this server serves ${all.map((f) => f.root).join(', ')}`,
    );
  }

  async close(): Promise<void> {
    const all = [...this.byRoot.values()];
    this.byRoot.clear();
    await Promise.all(all.map((f) => f.close()));
  }
}
