import type { Ladder } from '../model/ladder';
import { isProviderName, PROVIDER_NAMES, type ProviderName } from '../model/providerNames';

/** 'auto' lets the planner choose from the machine; a size name fixes where the index ends up. */
export type Quality = 'auto' | string;

/**
 * On battery: 'save' indexes shallow and throttled and leaves deepening for mains power;
 * 'ignore' plans as if on mains.
 */
export type BatteryBehaviour = 'save' | 'ignore';

export type ProviderPreference = 'auto' | ProviderName;

/** What the user can say about the trade-off; everything else the planner reads from the machine. */
export interface Settings {
  quality: Quality;
  battery: BatteryBehaviour;
  provider: ProviderPreference;
}

export const DEFAULT_SETTINGS: Settings = { quality: 'auto', battery: 'save', provider: 'auto' };

export class SettingsError extends Error {
  override name = 'SettingsError';
}

/** Fills defaults and checks values against the model's ladder, naming what is allowed when one is not. */
export function resolveSettings(partial: Partial<Settings>, ladder: Ladder): Settings {
  const s = { ...DEFAULT_SETTINGS, ...Object.fromEntries(Object.entries(partial).filter(([, v]) => v !== undefined)) } as Settings;
  s.quality = s.quality.toLowerCase();
  if (s.quality !== 'auto' && !ladder.some((l) => l.name === s.quality)) {
    throw new SettingsError(`unknown quality "${s.quality}": use auto or one of ${ladder.map((l) => l.name).join(', ')}`);
  }
  if (s.battery !== 'save' && s.battery !== 'ignore') throw new SettingsError(`unknown battery behaviour "${s.battery}": use save or ignore`);
  if (s.provider !== 'auto' && !isProviderName(s.provider)) {
    throw new SettingsError(`unknown execution provider "${s.provider}": use auto or one of ${PROVIDER_NAMES.join(', ')}`);
  }
  return s;
}
