import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import * as path from 'node:path';

/**
 * The machine's power state as the OS reports it. Fields the OS does not expose stay undefined:
 * the planner treats "unknown" as "no reason to save power".
 */
export interface PowerState {
  hasBattery: boolean;
  /** On mains (AC) power; true for a machine without a battery. */
  onMains: boolean;
  charging?: boolean;
  /** Battery charge, 0..100. */
  percent?: number;
  /** The OS's own energy saver (macOS Low Power Mode, Windows battery saver scheme, Linux power-saver profile). */
  lowPowerMode?: boolean;
  /** Where the reading came from, for `barista doctor`. */
  source: string;
}

/** Reads the OS's own power sources: the fallback when systeminformation fails, and the only source of low-power mode. */
export interface OsPowerReader {
  /** Battery and mains as the OS's native tools report them, or undefined when they say nothing. */
  battery(): Promise<Omit<PowerState, 'lowPowerMode'> | undefined>;
  lowPowerMode(): Promise<boolean | undefined>;
}

/** One /sys/class/power_supply entry: its file name and the attribute files read from it. */
export interface SysfsSupply {
  name: string;
  attributes: Record<string, string>;
}

/** Linux: batteries and mains adapters under /sys/class/power_supply (what upower reads too). */
export function parseSysfsSupplies(supplies: readonly SysfsSupply[]): Omit<PowerState, 'lowPowerMode'> | undefined {
  const batteries = supplies.filter((s) => s.attributes.type?.trim() === 'Battery' && s.attributes.scope?.trim() !== 'Device');
  const mains = supplies.filter((s) => ['Mains', 'USB', 'USB_C', 'USB_PD'].includes(s.attributes.type?.trim() ?? ''));
  if (batteries.length === 0) return mains.length ? { hasBattery: false, onMains: true, source: 'sysfs' } : undefined;
  const statuses = batteries.map((b) => b.attributes.status?.trim() ?? '');
  const capacities = batteries.map((b) => Number(b.attributes.capacity)).filter((n) => Number.isFinite(n));
  const mainsOnline = mains.some((m) => m.attributes.online?.trim() === '1');
  const charging = statuses.includes('Charging');
  // "Not charging" and "Full" mean plugged in; a laptop with no mains entry says so only through the battery.
  const onMains = mainsOnline || charging || statuses.every((s) => s === 'Full' || s === 'Not charging');
  return {
    hasBattery: true,
    onMains,
    charging,
    percent: capacities.length ? Math.round(capacities.reduce((a, b) => a + b, 0) / capacities.length) : undefined,
    source: 'sysfs',
  };
}

/** macOS: `pmset -g batt`, e.g. "Now drawing from 'Battery Power'" then " -InternalBattery-0 (id=…)	80%; discharging; …". */
export function parsePmsetBatt(text: string): Omit<PowerState, 'lowPowerMode'> | undefined {
  const from = /drawing from '([^']+)'/.exec(text)?.[1];
  const battery = /InternalBattery[^\n]*?(\d{1,3})%;\s*([a-zA-Z ]+);/.exec(text);
  if (!from && !battery) return undefined;
  const state = battery?.[2].trim().toLowerCase();
  return {
    hasBattery: Boolean(battery),
    onMains: from ? from !== 'Battery Power' : state !== 'discharging',
    charging: battery ? state === 'charging' : undefined,
    percent: battery ? Number(battery[1]) : undefined,
    source: 'pmset',
  };
}

/** macOS: `pmset -g` lists " lowpowermode 1" (older releases) or " powermode 1" (newer) when Low Power Mode is on. */
export function parsePmsetLowPower(text: string): boolean | undefined {
  const m = /^\s*(?:lowpowermode|powermode)\s+(\d+)/m.exec(text);
  return m ? m[1] !== '0' : undefined;
}

/** Windows: `powercfg /getactivescheme` names the active scheme by GUID; this one is the built-in Power saver. */
const WINDOWS_POWER_SAVER = 'a1841308-3541-4fab-bc81-f71556f20b4a';

export function parsePowercfgScheme(text: string): boolean | undefined {
  const guid = /([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/i.exec(text)?.[1];
  return guid ? guid.toLowerCase() === WINDOWS_POWER_SAVER : undefined;
}

/** Linux: ACPI platform profile, or power-profiles-daemon's active profile. */
export function parseLinuxProfile(text: string): boolean | undefined {
  const t = text.trim();
  if (!t) return undefined;
  return t === 'low-power' || t === 'power-saver' || t === 'quiet';
}

/** Runs a tool with a short timeout; a missing tool or a failure is "no answer", never an error. */
function run(command: string, args: string[]): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile(command, args, { timeout: 2000, windowsHide: true }, (error, stdout) => resolve(error ? undefined : String(stdout)));
  });
}

async function readText(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch {
    return undefined;
  }
}

async function readSysfs(base = '/sys/class/power_supply'): Promise<SysfsSupply[]> {
  let names: string[];
  try {
    names = await readdir(base);
  } catch {
    return [];
  }
  return Promise.all(
    names.map(async (name) => {
      const attributes: Record<string, string> = {};
      for (const attr of ['type', 'scope', 'status', 'capacity', 'online']) {
        const v = await readText(path.join(base, name, attr));
        if (v !== undefined) attributes[attr] = v;
      }
      return { name, attributes };
    }),
  );
}

/** The reader for the platform this process runs on. */
export function osPowerReader(platform: NodeJS.Platform = process.platform): OsPowerReader {
  if (platform === 'linux') {
    return {
      battery: async () => parseSysfsSupplies(await readSysfs()),
      lowPowerMode: async () => {
        const profile = await readText('/sys/firmware/acpi/platform_profile');
        if (profile !== undefined) return parseLinuxProfile(profile);
        const daemon = await run('powerprofilesctl', ['get']);
        return daemon === undefined ? undefined : parseLinuxProfile(daemon);
      },
    };
  }
  if (platform === 'darwin') {
    return {
      battery: async () => {
        const text = await run('pmset', ['-g', 'batt']);
        return text === undefined ? undefined : parsePmsetBatt(text);
      },
      lowPowerMode: async () => {
        const text = await run('pmset', ['-g']);
        return text === undefined ? undefined : parsePmsetLowPower(text);
      },
    };
  }
  if (platform === 'win32') {
    return {
      // systeminformation already asks WMI; there is no second native source worth a PowerShell start.
      battery: async () => undefined,
      lowPowerMode: async () => {
        const text = await run('powercfg', ['/getactivescheme']);
        return text === undefined ? undefined : parsePowercfgScheme(text);
      },
    };
  }
  return { battery: async () => undefined, lowPowerMode: async () => undefined };
}
