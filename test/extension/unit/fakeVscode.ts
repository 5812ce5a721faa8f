/**
 * A stand-in for the `vscode` module, so the extension host's classes (WorkerClient, Indexing,
 * readConfig, ResultsPanel) run under plain Node in unit tests. Import this file before them: it makes
 * `require('vscode')` resolve to itself. It holds only what those classes touch: events,
 * disposables, workspace folders and settings, and the messages shown to the user (recorded).
 */
import Module from 'node:module';

type Listener<T> = (e: T) => unknown;

export class EventEmitter<T> {
  private listeners = new Set<Listener<T>>();
  readonly event = (listener: Listener<T>) => {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  };
  fire(e: T): void {
    for (const l of [...this.listeners]) l(e);
  }
  dispose(): void {
    this.listeners.clear();
  }
}

export class Disposable {
  constructor(private readonly release: () => void) {}
  static from(...items: { dispose(): unknown }[]): Disposable {
    return new Disposable(() => items.forEach((d) => d.dispose()));
  }
  dispose(): void {
    this.release();
  }
}

export class RelativePattern {
  constructor(
    readonly base: unknown,
    readonly pattern: string,
  ) {}
}

export enum ProgressLocation {
  SourceControl = 1,
  Window = 10,
  Notification = 15,
}

/** A file: URI as the extension reads it (scheme, fsPath, toString). */
export function fileUri(fsPath: string) {
  return { scheme: 'file', fsPath, path: fsPath, toString: () => `file://${fsPath}` };
}

/** Enough of vscode.Uri for the results panel: file and folder URIs joined and parsed. */
export class Uri {
  private constructor(
    readonly scheme: string,
    readonly path: string,
  ) {}
  get fsPath(): string {
    return this.path;
  }
  static file(fsPath: string): Uri {
    return new Uri('file', fsPath);
  }
  static parse(text: string): Uri {
    const m = /^([a-z][\w+.-]*):\/\/[^/]*(.*)$/i.exec(text);
    return m ? new Uri(m[1], decodeURIComponent(m[2])) : new Uri('file', text);
  }
  static joinPath(base: Uri, ...parts: string[]): Uri {
    return new Uri(base.scheme, [base.path.replace(/\/$/, ''), ...parts].join('/'));
  }
  toString(): string {
    return `${this.scheme}://${this.path}`;
  }
}

export class Range {
  constructor(
    readonly startLine: number,
    readonly startCharacter: number,
    readonly endLine: number,
    readonly endCharacter: number,
  ) {}
}

export enum TextEditorRevealType {
  Default = 0,
  InCenter = 1,
  InCenterIfOutsideViewport = 2,
}

/** Documents the extension asked to show, in order. */
export const opened: { uri: Uri; options: unknown }[] = [];

export const commands = { executeCommand: async () => undefined };

export interface FakeFolder {
  uri: ReturnType<typeof fileUri>;
  name: string;
  index: number;
}

export function workspaceFolder(fsPath: string, index = 0): FakeFolder {
  return { uri: fileUri(fsPath), name: fsPath.split('/').pop()!, index };
}

const folderEvents = new EventEmitter<{ added: FakeFolder[]; removed: FakeFolder[] }>();
const never = () => ({ dispose() {} });

/** The settings `getConfiguration('barista')` reads: set `settings.values[key]` in a test. */
export const settings = { values: {} as Record<string, unknown>, user: {} as Record<string, unknown> };

export const workspace = {
  isTrusted: true,
  workspaceFolders: [] as FakeFolder[] | undefined,
  /** Tests call this to add or remove folders, as VS Code does. */
  changeFolders: (e: { added: FakeFolder[]; removed: FakeFolder[] }) => folderEvents.fire(e),
  onDidChangeWorkspaceFolders: folderEvents.event,
  onDidSaveTextDocument: never,
  onDidChangeTextDocument: never,
  onDidRenameFiles: never,
  getWorkspaceFolder(uri: { fsPath: string }) {
    return workspace.workspaceFolders?.find((f) => uri.fsPath === f.uri.fsPath || uri.fsPath.startsWith(`${f.uri.fsPath}/`));
  },
  createFileSystemWatcher: () => ({ onDidCreate: never, onDidChange: never, onDidDelete: never, dispose() {} }),
  getConfiguration(_section: string) {
    return {
      get: <T>(key: string, fallback?: T): T | undefined => (key in settings.values ? (settings.values[key] as T) : fallback),
      inspect: <T>(key: string) => ({ key, globalValue: settings.user[key] as T | undefined, defaultValue: undefined }),
    };
  },
};

/** Messages shown to the user, in order, as "error: ...", "warning: ...", "info: ...". */
export const shown: string[] = [];

/** What the user picks in the next message boxes, in order (undefined: closed without a pick). */
export const answers: (string | undefined)[] = [];

export const window = {
  showErrorMessage: async (message: string) => void shown.push(`error: ${message}`),
  showWarningMessage: async (message: string) => {
    shown.push(`warning: ${message}`);
    return answers.shift();
  },
  showInformationMessage: async (message: string) => void shown.push(`info: ${message}`),
  // The first-build notification: never shown here.
  withProgress: async () => undefined,
  showTextDocument: async (uri: Uri, options: unknown) => {
    opened.push({ uri, options });
    return { revealRange() {} };
  },
};

/** A LogOutputChannel that keeps its lines ("info: ...", "warn: ...", "error: ..."). */
export function recordingLog() {
  const lines: string[] = [];
  const at = (level: string) => (message: string) => void lines.push(`${level}: ${message}`);
  return { lines, info: at('info'), warn: at('warn'), error: at('error'), show() {} };
}

// `require('vscode')` finds this module from now on.
const loader = Module as unknown as { _resolveFilename: (request: string, ...rest: unknown[]) => string };
const resolve = loader._resolveFilename;
loader._resolveFilename = function (request: string, ...rest: unknown[]) {
  return request === 'vscode' ? __filename : resolve.call(this, request, ...rest);
};
