import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { AGENTS, agentById, backupOf, setUpAgents, writeAgentConfig, type ServerCommand } from '../../src/core/agents/configs';
import { installLauncher } from '../../src/core/agents/launcher';

/** Each agent's config written into a home folder of the test's own. */
let home: string;
beforeEach(() => (home = mkdtempSync(path.join(os.tmpdir(), 'barista-agents-'))));
afterEach(() => rmSync(home, { recursive: true, force: true }));

const server: ServerCommand = { command: '/home/me/.cache/barista/agents/barista-mcp', args: ['mcp'] };
const noEnv = {} as NodeJS.ProcessEnv;

describe('JSON agents (Claude Code, Cursor, Windsurf)', () => {
  for (const id of ['claude', 'cursor', 'windsurf'] as const) {
    const agent = agentById(id);

    test(`${agent.name}: a new file holds the entry where the agent reads it`, () => {
      const r = writeAgentConfig(agent, home, server, 'barista', noEnv);
      assert.equal(r.action, 'created');
      const expected = { claude: '.claude.json', cursor: '.cursor/mcp.json', windsurf: '.codeium/windsurf/mcp_config.json' }[id];
      assert.equal(r.file, path.join(home, expected));
      const config = JSON.parse(readFileSync(r.file, 'utf8'));
      const entry = config.mcpServers.barista;
      assert.equal(entry.command, server.command);
      assert.deepEqual(entry.args, ['mcp']);
      if (id === 'claude') assert.equal(entry.type, 'stdio');
      else assert.equal(entry.type, undefined);
    });

    test(`${agent.name}: other servers and keys are kept, the file backed up, a second run changes nothing`, () => {
      const file = agent.file(home);
      mkdirSync(path.dirname(file), { recursive: true });
      const original = { theme: 'dark', mcpServers: { other: { command: 'npx', args: ['-y', 'other-mcp'], env: { KEY: 'v' } } } };
      writeFileSync(file, JSON.stringify(original));
      const first = writeAgentConfig(agent, home, server, 'barista', noEnv);
      assert.equal(first.action, 'updated');
      assert.equal(readFileSync(first.backup!, 'utf8'), JSON.stringify(original));
      const config = JSON.parse(readFileSync(file, 'utf8'));
      assert.equal(config.theme, 'dark');
      assert.deepEqual(config.mcpServers.other, original.mcpServers.other);
      assert.ok(config.mcpServers.barista);
      const text = readFileSync(file, 'utf8');
      const second = writeAgentConfig(agent, home, server, 'barista', noEnv);
      assert.equal(second.action, 'unchanged');
      assert.equal(readFileSync(file, 'utf8'), text);
      // A new launcher command replaces the entry, and only it.
      const third = writeAgentConfig(agent, home, { command: '/elsewhere/barista-mcp', args: ['mcp'] }, 'barista', noEnv);
      assert.equal(third.action, 'updated');
      const after = JSON.parse(readFileSync(file, 'utf8'));
      assert.equal(after.mcpServers.barista.command, '/elsewhere/barista-mcp');
      assert.deepEqual(after.mcpServers.other, original.mcpServers.other);
    });

    test(`${agent.name}: a file that is not plain JSON is left as it is, with the entry to add by hand`, () => {
      const file = agent.file(home);
      mkdirSync(path.dirname(file), { recursive: true });
      const broken = '{ // my servers\n  "mcpServers": {}\n}\n';
      writeFileSync(file, broken);
      assert.throws(
        () => writeAgentConfig(agent, home, server, 'barista', noEnv),
        /is not plain JSON .* left as it is\. Add this under "mcpServers" by hand: \{"barista"/,
      );
      assert.equal(readFileSync(file, 'utf8'), broken);
      assert.equal(existsSync(backupOf(file)), false);
    });
  }
});

describe('Codex (config.toml)', () => {
  const codex = agentById('codex');
  const windows: ServerCommand = {
    command: 'C:\\Program Files\\Microsoft VS Code\\Code.exe',
    args: ['C:\\Users\\me\\barista\\launcher.cjs', 'mcp'],
    env: { ELECTRON_RUN_AS_NODE: '1' },
  };

  test('a new file holds one [mcp_servers.barista] table; CODEX_HOME moves it', () => {
    const r = writeAgentConfig(codex, home, windows, 'barista', noEnv);
    assert.equal(r.file, path.join(home, '.codex', 'config.toml'));
    assert.equal(
      r.text,
      '[mcp_servers.barista]\ncommand = "C:\\\\Program Files\\\\Microsoft VS Code\\\\Code.exe"\nargs = ["C:\\\\Users\\\\me\\\\barista\\\\launcher.cjs", "mcp"]\nenv = { ELECTRON_RUN_AS_NODE = "1" }\n',
    );
    const moved = writeAgentConfig(codex, home, server, 'barista', { CODEX_HOME: path.join(home, 'codex-home') });
    assert.equal(moved.file, path.join(home, 'codex-home', 'config.toml'));
  });

  test('other settings and servers are kept; the table (and its sub-tables) is replaced in place; idempotent', () => {
    const file = codex.file(home, noEnv);
    mkdirSync(path.dirname(file), { recursive: true });
    const original = [
      'model = "o4-mini"',
      '',
      '[mcp_servers.docs]',
      'command = "npx"',
      'args = ["-y", "docs-mcp"]',
      '',
      '[mcp_servers.barista]',
      'command = "/old/path/node"',
      'args = ["/old/barista-0.0.9/dist/cli.js", "mcp"]',
      '',
      '[mcp_servers.barista.env]',
      'OLD = "1"',
      '',
      '[profiles.fast]',
      'model = "gpt-5"',
      '',
    ].join('\n');
    writeFileSync(file, original);
    const r = writeAgentConfig(codex, home, server, 'barista', noEnv);
    assert.equal(r.action, 'updated');
    assert.equal(readFileSync(r.backup!, 'utf8'), original);
    assert.equal(
      r.text,
      [
        'model = "o4-mini"',
        '',
        '[mcp_servers.docs]',
        'command = "npx"',
        'args = ["-y", "docs-mcp"]',
        '',
        '[mcp_servers.barista]',
        `command = "${server.command}"`,
        'args = ["mcp"]',
        '',
        '[profiles.fast]',
        'model = "gpt-5"',
        '',
      ].join('\n'),
    );
    assert.equal(writeAgentConfig(codex, home, server, 'barista', noEnv).action, 'unchanged');
  });

  test('a table added to a file without one goes at the end', () => {
    const file = codex.file(home, noEnv);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, 'model = "o4-mini"\n[mcp_servers.docs]\ncommand = "npx"');
    const r = writeAgentConfig(codex, home, server, 'barista', noEnv);
    assert.equal(r.text, `model = "o4-mini"\n[mcp_servers.docs]\ncommand = "npx"\n\n[mcp_servers.barista]\ncommand = "${server.command}"\nargs = ["mcp"]\n`);
  });

  test('a server defined another way (dotted keys, an inline table) is refused, the file left as it is', () => {
    const file = codex.file(home, noEnv);
    mkdirSync(path.dirname(file), { recursive: true });
    for (const form of ['mcp_servers.barista.command = "x"\n', '[mcp_servers]\nbarista = { command = "x" }\n']) {
      writeFileSync(file, form);
      assert.throws(
        () => writeAgentConfig(codex, home, server, 'barista', noEnv),
        /defines the server "barista" in a form this command does not rewrite; it is left as it is/,
      );
      assert.equal(readFileSync(file, 'utf8'), form);
    }
  });
});

test('setUpAgents writes every agent and reports a file it refused without stopping', () => {
  mkdirSync(path.join(home, '.cursor'));
  writeFileSync(path.join(home, '.cursor', 'mcp.json'), 'not json');
  const results = setUpAgents({ home, server, env: noEnv });
  assert.deepEqual(
    results.map((r) => [r.agent.id, r.result?.action ?? 'refused']),
    [
      ['claude', 'created'],
      ['cursor', 'refused'],
      ['codex', 'created'],
      ['windsurf', 'created'],
    ],
  );
  assert.match(results[1].error!, /not plain JSON/);
  assert.equal(AGENTS.length, 4);
});

describe('the launcher', () => {
  /** A fake extension whose command line prints which version ran and its arguments. */
  const fakeExtension = (root: string, folder: string): void => {
    mkdirSync(path.join(root, folder, 'dist'), { recursive: true });
    writeFileSync(path.join(root, folder, 'dist', 'cli.js'), `console.log(JSON.stringify({ ran: ${JSON.stringify(folder)}, args: process.argv.slice(2) }));\n`);
  };

  test('runs the newest installed Barista (any editor, any platform suffix), not the folder it was written from', () => {
    const launcher = installLauncher({ dir: path.join(home, 'cache', 'agents'), node: process.execPath, cli: '/gone/dist/cli.js' });
    fakeExtension(path.join(home, '.vscode', 'extensions'), 'acme.barista-0.9.0');
    fakeExtension(path.join(home, '.vscode', 'extensions'), 'acme.barista-0.10.0-linux-x64');
    fakeExtension(path.join(home, '.cursor', 'extensions'), 'acme.barista-0.10.1');
    fakeExtension(path.join(home, '.vscode', 'extensions'), 'acme.other-9.9.9');
    const run = () =>
      JSON.parse(
        execFileSync(launcher.server.command, [...launcher.server.args, '--dir', '/project'], {
          env: { ...process.env, HOME: home, USERPROFILE: home, VSCODE_EXTENSIONS: '', ...launcher.server.env },
          encoding: 'utf8',
        }),
      );
    assert.deepEqual(run(), { ran: 'acme.barista-0.10.1', args: ['mcp', '--dir', '/project'] });
    // An update: a newer folder appears; the same config starts it.
    fakeExtension(path.join(home, '.vscode', 'extensions'), 'acme.barista-0.11.0');
    assert.equal(run().ran, 'acme.barista-0.11.0');
  });

  test('with no extension installed: the command line that wrote it, else a clear error', () => {
    mkdirSync(path.join(home, 'cli', 'dist'), { recursive: true });
    const cli = path.join(home, 'cli', 'dist', 'cli.js');
    writeFileSync(cli, 'console.log("fallback " + process.argv.slice(2).join(" "));\n');
    const launcher = installLauncher({ dir: path.join(home, 'cache', 'agents'), node: process.execPath, cli });
    const env = { ...process.env, HOME: home, USERPROFILE: home, VSCODE_EXTENSIONS: '', ...launcher.server.env };
    assert.equal(execFileSync(launcher.server.command, launcher.server.args, { env, encoding: 'utf8' }).trim(), 'fallback mcp');
    rmSync(cli);
    assert.throws(
      () => execFileSync(launcher.server.command, launcher.server.args, { env, encoding: 'utf8', stdio: 'pipe' }),
      (e: { status: number; stderr: string }) => e.status === 3 && /no installed Barista extension was found/.test(e.stderr),
    );
  });

  test('on Windows the config runs the editor executable as Node with the script', () => {
    const launcher = installLauncher({ dir: path.join(home, 'agents'), node: 'C:\\VS Code\\Code.exe', platform: 'win32' });
    assert.deepEqual(launcher.server, {
      command: 'C:\\VS Code\\Code.exe',
      args: [path.join(home, 'agents', 'launcher.cjs'), 'mcp'],
      env: { ELECTRON_RUN_AS_NODE: '1' },
    });
  });
});
