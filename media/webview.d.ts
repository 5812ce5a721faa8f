// What a VS Code webview page gets from its host, as results.js uses it.
declare function acquireVsCodeApi(): {
  postMessage(message: import('../src/extension/panel').FromPanel): void;
  getState(): import('../src/extension/panel').PanelMessage | undefined;
  setState(state: import('../src/extension/panel').PanelMessage): void;
};
