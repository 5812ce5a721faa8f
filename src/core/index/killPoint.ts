/**
 * A named moment between two commits of a write, where the kill tests stop the process: with
 * BARISTA_KILL_AT set to the point's name, reaching it kills this process at once (SIGKILL, as a
 * crash or a power cut would), so a test can check what the index holds after exactly that moment.
 * Unset (always, outside those tests), it does nothing.
 */
export function killPoint(point: string): void {
  if (process.env.BARISTA_KILL_AT === point) process.kill(process.pid, 'SIGKILL');
}
