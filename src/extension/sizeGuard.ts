import { crawl } from '../core/index/crawler';
import { resolveCrawlRules } from '../core/index/crawlRules';
import type { ConfirmAbove } from './config';

/**
 * Before a folder with no index is indexed: is it larger than the user wants indexed without being
 * asked (barista.confirmAbove.files / sizeMB)? A home folder or a monorepo with its data opened by
 * mistake would otherwise take the machine for a long while. Nothing here imports `vscode`.
 */

export interface FolderSize {
  /** Files the crawl would read (under the folder's rules and size limit), counted up to a limit. */
  files: number;
  bytes: number;
  /** The count stopped at a limit: the folder is at least this large. */
  partial: boolean;
}

/** The limits a size is past, in words ("more than 50,000 files"), or [] when none (a limit of 0 is off). */
export function pastLimits(size: FolderSize, limits: ConfirmAbove): string[] {
  const past: string[] = [];
  if (limits.files > 0 && size.files > limits.files) past.push(`more than ${limits.files.toLocaleString('en-US')} files`);
  if (limits.bytes > 0 && size.bytes > limits.bytes) past.push(`more than ${Math.round(limits.bytes / (1024 * 1024)).toLocaleString('en-US')} MB of text`);
  return past;
}

/**
 * Counts what indexing `root` would read, by the same crawl and rules the engine uses; stops as soon
 * as a limit is passed (so a huge folder costs little). Limits of 0 are off: nothing is counted.
 */
export async function measureFolder(root: string, limits: ConfirmAbove): Promise<FolderSize> {
  const size: FolderSize = { files: 0, bytes: 0, partial: false };
  if (limits.files <= 0 && limits.bytes <= 0) return size;
  const { crawl: rules } = resolveCrawlRules(root);
  for await (const f of crawl(root, rules)) {
    if (f.size > rules.maxFileBytes) continue;
    size.files++;
    size.bytes += f.size;
    if (pastLimits(size, limits).length) {
      size.partial = true;
      break;
    }
  }
  return size;
}

export const INDEX = 'Index';
export const NOT_NOW = 'Not now';

/** What the user answered: index now, not now (stays paused, remembered), or no answer (paused this time only). */
export type GuardDecision = 'index' | 'notNow' | 'dismissed';

/** The question for a folder past its limits, or undefined when it is within them (index without asking). */
export function guardQuestion(name: string, size: FolderSize, limits: ConfirmAbove): string | undefined {
  const past = pastLimits(size, limits);
  if (!past.length) return undefined;
  return `Barista: ${name} has ${past.join(' and ')} to index. Indexing takes a while and uses the CPU meanwhile; index it now? (Settings: barista.confirmAbove.files and barista.confirmAbove.sizeMB.)`;
}

/** Asks (through `ask`, a notification with Index and Not now) and reads the answer. */
export async function askToIndex(question: string, ask: (message: string, ...items: string[]) => PromiseLike<string | undefined>): Promise<GuardDecision> {
  const pick = await ask(question, INDEX, NOT_NOW);
  return pick === INDEX ? 'index' : pick === NOT_NOW ? 'notNow' : 'dismissed';
}
