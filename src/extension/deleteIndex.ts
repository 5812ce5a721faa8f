import * as vscode from 'vscode';
import { indexContents } from '../core/index/sweep';
import type { FolderState, Indexing } from './indexing';

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

async function pickFolder(indexing: Indexing): Promise<FolderState | undefined> {
  const folders = indexing.folders;
  if (folders.length <= 1) return folders[0];
  const pick = await vscode.window.showQuickPick(
    folders.map((s) => ({ label: s.folder.name, description: s.spec.db, state: s })),
    { placeHolder: 'Delete the index of which folder?' },
  );
  return pick?.state;
}

/**
 * "Barista: Delete Index": says what it deletes (Barista's own entries of the folder's index, with
 * their size) and deletes it once the user confirms. The folder stays unindexed until Resume Indexing
 * or Rebuild Index.
 */
export async function deleteIndexCommand(indexing: Indexing): Promise<void> {
  const state = await pickFolder(indexing);
  if (!state) return;
  let contents;
  try {
    contents = indexContents(state.spec.db);
  } catch (e) {
    void vscode.window.showErrorMessage(`Barista: ${(e as Error).message}`);
    return;
  }
  if (!contents?.entries.length) {
    void vscode.window.showInformationMessage(`Barista: ${state.folder.name} has no index at ${state.spec.db}.`);
    return;
  }
  const confirm = await vscode.window.showWarningMessage(
    `Delete Barista's index of ${state.folder.name}?`,
    {
      modal: true,
      detail: `In ${contents.dir} it deletes ${contents.entries.join(', ')} (${mb(contents.bytes)}), and the folder itself once empty. Your files are not touched. ${state.folder.name} is not indexed again until you resume indexing or rebuild the index.`,
    },
    'Delete',
  );
  if (confirm !== 'Delete') return;
  try {
    const deleted = await indexing.deleteIndex(state.key);
    void vscode.window.showInformationMessage(
      `Barista: deleted the index of ${state.folder.name} (${mb(deleted?.bytes ?? 0)}). Resume Indexing builds it again.`,
    );
  } catch (e) {
    void vscode.window.showErrorMessage(`Barista could not delete the index of ${state.folder.name}: ${(e as Error).message}`);
  }
}
