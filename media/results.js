// @ts-check
/** @typedef {import('../src/extension/panel').PanelMessage} PanelMessage */
// The Barista results panel. Renders what the extension posts ({type: 'results', ...}), filters it,
// and asks the extension to open a result or run a search. Text is always inserted as text nodes.
(function () {
  const vscode = acquireVsCodeApi();
  // Elements of the page's own HTML (panel.ts): always there, and of the kind each use expects.
  const $ = (id) => /** @type {any} */ (document.getElementById(id));
  const list = $('results');
  const info = $('info');
  const title = $('title');
  const query = $('query');
  const selects = { folder: $('folder'), language: $('language'), kind: $('kind') };
  const ALL = '';
  /** @type {PanelMessage | undefined} */
  let data = vscode.getState() || undefined;

  function fillSelect(select, values, labelOf) {
    const previous = select.value;
    select.replaceChildren();
    const any = document.createElement('option');
    any.value = ALL;
    any.textContent = 'All';
    select.append(any);
    for (const v of values) {
      const o = document.createElement('option');
      o.value = v;
      o.textContent = labelOf ? labelOf(v) : v;
      select.append(o);
    }
    select.value = values.includes(previous) ? previous : ALL;
    select.disabled = values.length < 2;
  }

  function highlighted(line, words) {
    const frag = document.createDocumentFragment();
    if (!words.length) {
      frag.append(line);
      return frag;
    }
    const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const re = new RegExp(escaped.join('|'), 'gi');
    let last = 0;
    for (const m of line.matchAll(re)) {
      frag.append(line.slice(last, m.index));
      const mark = document.createElement('mark');
      mark.textContent = m[0];
      frag.append(mark);
      last = m.index + m[0].length;
    }
    frag.append(line.slice(last));
    return frag;
  }

  function visible() {
    if (!data) return [];
    return data.hits
      .map((hit, index) => ({ hit, index }))
      .filter(
        ({ hit }) =>
          (selects.folder.value === ALL || hit.folder === selects.folder.value) &&
          (selects.language.value === ALL || hit.language === selects.language.value) &&
          (selects.kind.value === ALL || hit.kind === selects.kind.value),
      );
  }

  function render() {
    list.replaceChildren();
    if (!data) return;
    title.textContent = data.title;
    const shown = visible();
    info.textContent = shown.length === data.hits.length ? data.info : `${shown.length} of ${data.info}`;
    const words = data.terms || [];
    const multiRoot = new Set(data.hits.map((h) => h.folder)).size > 1;
    shown.forEach(({ hit, index }, rank) => {
      const li = document.createElement('li');
      const button = document.createElement('button');
      button.className = 'hit';
      button.dataset.index = String(index);
      const where = `${multiRoot ? hit.folderName + ' / ' : ''}${hit.path}:${hit.startLine}`;
      button.setAttribute(
        'aria-label',
        `${rank + 1}. ${hit.symbol || hit.path.split('/').pop()}, ${where}, ${hit.language} ${hit.kind}, score ${hit.score.toFixed(3)}`,
      );
      button.title = `Open ${where}`;

      const head = document.createElement('div');
      head.className = 'head';
      const symbol = document.createElement('span');
      symbol.className = 'symbol';
      symbol.textContent = hit.symbol || hit.path.split('/').pop() || '';
      const path = document.createElement('span');
      path.className = 'path';
      path.textContent = where;
      const badge = document.createElement('span');
      badge.className = `badge ${hit.kind}`;
      badge.textContent = hit.language;
      const score = document.createElement('span');
      score.className = 'score';
      score.textContent = hit.score.toFixed(3);
      head.append(symbol, path, badge, score);

      const pre = document.createElement('pre');
      pre.className = 'snippet';
      pre.setAttribute('aria-hidden', 'true');
      hit.lines.forEach((text, i) => {
        const row = document.createElement('span');
        row.className = 'row' + (hit.firstLine + i === hit.snippet.line ? ' focus' : '');
        const no = document.createElement('span');
        no.className = 'lineno';
        no.textContent = String(hit.firstLine + i);
        const code = document.createElement('span');
        code.className = 'code';
        code.append(highlighted(text, words));
        row.append(no, code, '\n');
        pre.append(row);
      });
      button.append(head, pre);
      li.append(button);
      list.append(li);
    });
  }

  /** @param {PanelMessage} message */
  function show(message) {
    data = message;
    vscode.setState(message);
    query.value = message.query || query.value;
    const { hits } = message;
    fillSelect(selects.folder, [...new Set(hits.map((h) => h.folder))], (f) => hits.find((h) => h.folder === f)?.folderName ?? f);
    fillSelect(selects.language, [...new Set(hits.map((h) => h.language))].sort());
    fillSelect(selects.kind, [...new Set(hits.map((h) => h.kind))].sort(), (k) => (k === 'docs' ? 'Docs' : 'Code'));
    render();
  }

  window.addEventListener('message', (e) => {
    if (e.data && e.data.type === 'results') show(e.data);
  });
  for (const s of Object.values(selects)) s.addEventListener('change', render);

  $('search').addEventListener('submit', (e) => {
    e.preventDefault();
    if (query.value.trim()) {
      info.textContent = 'Searching…';
      vscode.postMessage({ type: 'search', query: query.value });
    }
  });

  list.addEventListener('click', (e) => {
    const button = e.target.closest('button.hit');
    if (button) vscode.postMessage({ type: 'open', index: Number(button.dataset.index) });
  });

  // Arrow keys move between results (Enter or Space opens, as for any button); Home and End jump.
  list.addEventListener('keydown', (e) => {
    const buttons = [...list.querySelectorAll('button.hit')];
    const at = buttons.indexOf(document.activeElement);
    if (at < 0) return;
    let next = -1;
    if (e.key === 'ArrowDown') next = Math.min(at + 1, buttons.length - 1);
    else if (e.key === 'ArrowUp') next = Math.max(at - 1, 0);
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = buttons.length - 1;
    else if (e.key === 'ArrowRight') {
      // Preview without leaving the list.
      vscode.postMessage({ type: 'open', index: Number(buttons[at].dataset.index), preview: true });
      e.preventDefault();
      return;
    }
    if (next >= 0) {
      buttons[next].focus();
      e.preventDefault();
    }
  });
  query.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown') {
      const first = list.querySelector('button.hit');
      if (first) {
        first.focus();
        e.preventDefault();
      }
    }
  });

  if (data) show(data);
  vscode.postMessage({ type: 'ready' });
})();
