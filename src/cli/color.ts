/** Where colour may go: a terminal, unless NO_COLOR (https://no-color.org) is set or the terminal is dumb. */
export function colorEnabled(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.TERM === 'dumb') return false;
  return stream.isTTY === true;
}

const CODES = { red: [31, 39], yellow: [33, 39], green: [32, 39], cyan: [36, 39], dim: [2, 22], bold: [1, 22] } as const;

export type Style = keyof typeof CODES;

/** Paints text in one style when colour is on, and leaves it as it is when it is off. */
export function painter(enabled: boolean): (style: Style, text: string) => string {
  return (style, text) => (enabled && text ? `\x1b[${CODES[style][0]}m${text}\x1b[${CODES[style][1]}m` : text);
}
