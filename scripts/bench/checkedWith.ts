// Writes a data folder's checked tables (data/checked/*.json) with one checkout's own code, so a
// build reads them in the form its page expects (the form changes between commits: checkedTable.ts).
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { run } from './worktree.ts';

/** Checks `dataDir` with the checker of the checkout at `root`; false when that checkout has none (it reads the CSVs). */
export async function writeCheckedWith(root: string, dataDir: string): Promise<boolean> {
  const checker = path.join(root, 'scripts/data/checkedFiles.ts');
  if (!existsSync(checker)) return false;
  const script = path.join(dataDir, '.write-checked.mts');
  writeFileSync(
    script,
    [
      `import { mkdirSync, writeFileSync } from 'node:fs';`,
      `import path from 'node:path';`,
      `import { checkedFiles } from ${JSON.stringify(pathToFileURL(checker).href)};`,
      `const dir = ${JSON.stringify(dataDir)};`,
      `for (const [file, text] of checkedFiles(dir)) {`,
      `  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });`,
      `  writeFileSync(path.join(dir, file), text);`,
      `}`,
    ].join('\n'),
  );
  // The checkout's own tsx, run where its package.json is.
  await run('npx', ['tsx', script], root);
  return true;
}
