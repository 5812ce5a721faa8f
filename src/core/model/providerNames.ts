/**
 * The execution providers Barista knows, declared once: settings, the probe, the worker and the
 * extension's configuration all read this list (the order of the executionProvider setting; the order worth
 * trying is DEFAULT_PROVIDERS in providers.ts). No ONNX Runtime here, so the extension host can
 * import it without loading the engine.
 */
export const PROVIDER_NAMES = ['cpu', 'cuda', 'dml', 'coreml', 'webgpu'] as const;

export type ProviderName = (typeof PROVIDER_NAMES)[number];

export const isProviderName = (s: string): s is ProviderName => (PROVIDER_NAMES as readonly string[]).includes(s);
