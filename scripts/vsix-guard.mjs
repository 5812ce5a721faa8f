// vscode:prepublish: a plain `vsce package` would pack every platform's native binaries (about 937 MB)
// into one .vsix that vsce labels for no platform. Only scripts/package-vsix.mjs, which stages one
// target's files, may package; it says so through the environment.
if (process.env.BARISTA_PACKAGING !== '1') {
  console.error(
    'Barista is packaged per platform. Use `npm run package` (this machine: out/vsix/) or `npm run package:all` (every target),\n' +
      'then publish the files they build: see "Packaging and publishing" in the README.',
  );
  process.exit(1);
}
