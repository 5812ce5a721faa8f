import type { WebviewView } from 'vscode';
import { ResultsPanel } from '../../../src/extension/panel';
import { LatestResults, type ResultSet } from '../../../src/extension/results';
import { Uri, recordingLog } from './fakeVscode';

/** The origin the fake webview serves the panel's media from. */
export const WEBVIEW_ORIGIN = 'https://webview.test';

/**
 * A ResultsPanel in a fake webview view: what the panel posts is kept, `send` is the webview
 * posting a message, and `html` is the page the panel made (its media at WEBVIEW_ORIGIN).
 */
export function panelInFakeView(extensionPath: string, searched: string[] = []) {
  const latest = new LatestResults();
  const log = recordingLog();
  const posted: unknown[] = [];
  let listener: (m: unknown) => unknown = () => undefined;
  const webview = {
    options: {},
    html: '',
    cspSource: WEBVIEW_ORIGIN,
    asWebviewUri: (uri: Uri) => `${WEBVIEW_ORIGIN}/${uri.path.split('/').pop()}`,
    onDidReceiveMessage: (l: (m: unknown) => unknown) => {
      listener = l;
      return { dispose() {} };
    },
    postMessage: async (m: unknown) => void posted.push(m),
  };
  const view = { webview, onDidDispose: () => ({ dispose() {} }) };
  const panel = new ResultsPanel(Uri.file(extensionPath) as never, latest, async (q) => void searched.push(q), log as never);
  panel.resolveWebviewView(view as unknown as WebviewView);
  return {
    panel,
    log,
    posted,
    searched,
    get html() {
      return webview.html;
    },
    show: (set: ResultSet) => latest.set(set),
    send: (m: unknown) => listener(m),
  };
}
