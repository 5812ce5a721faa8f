// The platforms a Barista .vsix is built for, and why the others are not.
//
// Each target names its ONNX Runtime folder (onnxruntime-node ships every platform's binaries in one
// package), its LanceDB native package (one npm package per platform, of which npm installs only this
// machine's) and its koffi build folders (one package with every platform's build).

/** vsce target -> what it needs from the native packages. */
export const TARGETS = {
  'linux-x64': { ort: 'linux/x64', lancedb: 'lancedb-linux-x64-gnu', koffi: ['linux_x64'] },
  'linux-arm64': { ort: 'linux/arm64', lancedb: 'lancedb-linux-arm64-gnu', koffi: ['linux_arm64'] },
  'darwin-arm64': { ort: 'darwin/arm64', lancedb: 'lancedb-darwin-arm64', koffi: ['darwin_arm64'] },
  'win32-x64': { ort: 'win32/x64', lancedb: 'lancedb-win32-x64-msvc', koffi: ['win32_x64'] },
  'win32-arm64': { ort: 'win32/arm64', lancedb: 'lancedb-win32-arm64-msvc', koffi: ['win32_arm64'] },
};

/**
 * Targets VS Code knows that no Barista build can serve, with the reason (the README's install section
 * says the same). Asking for one fails with this text instead of producing a package that cannot load.
 */
export const UNSUPPORTED = {
  'darwin-x64': 'ONNX Runtime 1.30 (onnxruntime-node) ships no macOS Intel binary, and LanceDB 0.39 publishes no darwin-x64 package',
  'alpine-x64': "ONNX Runtime's Linux binaries need glibc; Alpine has musl",
  'alpine-arm64': "ONNX Runtime's Linux binaries need glibc; Alpine has musl",
  'linux-armhf': 'neither ONNX Runtime nor LanceDB ships 32-bit ARM binaries',
  web: 'Barista runs native code (ONNX Runtime, LanceDB) in a Node extension host; a browser-only host has none',
};

/** This machine's target, in vsce's names. */
export function hostTarget() {
  return `${process.platform}-${process.arch}`;
}
