/**
 * The execution providers Barista knows, declared once: settings, the probe, the worker and the
 * extension's configuration all read this list (the order worth trying is DEFAULT_PROVIDERS in
 * providers.ts). No ONNX Runtime here, so the extension host can import it without loading the engine.
 */
export const PROVIDER_NAMES = ['cpu', 'cuda', 'dml', 'coreml', 'webgpu'] as const;

export type ProviderName = (typeof PROVIDER_NAMES)[number];

export const isProviderName = (s: string): s is ProviderName => (PROVIDER_NAMES as readonly string[]).includes(s);

/**
 * The choices of the extension's `barista.executionProvider` setting (package.json lists the same, a
 * test holds them together): the providers whose code the extension's package carries. ONNX Runtime's
 * DirectML (DirectML.dll, Windows), Core ML (macOS) and WebGPU are in its binaries; CUDA is not: its
 * provider libraries come from a download at install time that the package skips, so `cuda` here would
 * only ever run on the CPU. The engine still knows cuda (the probe and `auto` try it, for a command line
 * installed with ONNX Runtime's CUDA libraries); it becomes a choice again once it ships and is proven on a GPU.
 */
export const SETTING_PROVIDERS = ['cpu', 'dml', 'coreml', 'webgpu'] as const satisfies readonly ProviderName[];
