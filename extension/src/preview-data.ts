/** Where the preview's variable values come from: declared samples or a JSON data file. */
import * as vscode from 'vscode';

export interface PreviewData {
  /** Shown in the preview, e.g. "declared samples" or "fixtures/order.json". */
  label: string;
  /** undefined: the server's rendering with each variable's declared `sample`. */
  values?: Record<string, unknown>;
}

export const SAMPLE_DATA: PreviewData = { label: 'declared samples' };

/** JSON files that are never template data. */
const NOT_DATA = new Set(['smslint.config.json', '.smslintrc.json', 'package.json', 'package-lock.json', 'tsconfig.json', 'jsconfig.json']);

/** Quick pick: declared samples first, then the workspace's JSON files. undefined = cancelled. */
export async function pickPreviewData(): Promise<PreviewData | undefined> {
  const files = (await vscode.workspace.findFiles('**/*.json', '{**/node_modules/**,**/.vscode/**}', 500)).filter(
    (uri) => !NOT_DATA.has(uri.path.slice(uri.path.lastIndexOf('/') + 1)),
  );
  if (files.length === 0) return SAMPLE_DATA;
  type Item = vscode.QuickPickItem & { uri?: vscode.Uri };
  const items: Item[] = [
    { label: 'Declared samples', description: 'the sample of each variable in the template metadata' },
    ...files
      .map((uri) => ({ label: vscode.workspace.asRelativePath(uri), uri }))
      .sort((a, b) => a.label.localeCompare(b.label)),
  ];
  const choice = await vscode.window.showQuickPick(items, {
    title: 'smslint: Preview Template',
    placeHolder: 'Render the template with…',
  });
  if (!choice) return undefined;
  return choice.uri ? readDataFile(choice.uri) : SAMPLE_DATA;
}

/** Preview data is a few variables; anything near this size is not a data file. */
const MAX_DATA_BYTES = 5 * 1024 * 1024;

async function readDataFile(uri: vscode.Uri): Promise<PreviewData | undefined> {
  const label = vscode.workspace.asRelativePath(uri);
  let parsed: unknown;
  try {
    // Checked before reading: a FIFO named *.json would block the read, /dev/zero exhaust memory.
    const stat = await vscode.workspace.fs.stat(uri);
    if ((stat.type & vscode.FileType.File) === 0) throw new Error('not a regular file');
    if (stat.size > MAX_DATA_BYTES) throw new Error(`file too large (${stat.size} bytes; the limit is ${MAX_DATA_BYTES} bytes)`);
    parsed = JSON.parse(new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri)));
  } catch (error) {
    void vscode.window.showErrorMessage(`smslint: cannot read ${label}: ${(error as Error).message}`);
    return undefined;
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    void vscode.window.showErrorMessage(`smslint: ${label} must hold a JSON object of variable values.`);
    return undefined;
  }
  return { label, values: parsed as Record<string, unknown> };
}
