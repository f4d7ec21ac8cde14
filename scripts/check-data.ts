// `npm run check-data [dir] [--problems FILE]`: validates a data folder with the app's own code and
// prints every problem (or writes them all to FILE as CSV); exit 1 on any problem.
import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { readDataDir, type DataDir } from './readDataDir.ts';
import { formatDataError } from '../src/lib/data/dataError.ts';
import { toCsv } from '../src/lib/export/toCsv.ts';

const args = process.argv.slice(2);
const flag = args.indexOf('--problems');
const problemsFile = flag === -1 ? undefined : args[flag + 1];
const dir = path.resolve(args.find((a, i) => !a.startsWith('--') && (flag === -1 || i !== flag + 1)) ?? 'data');
let result: DataDir;
try {
  result = readDataDir(dir, Infinity);
} catch (e) {
  console.error((e as Error).message);
  process.exit(1);
}
const { descriptor, tables, errors } = result;
for (const r of descriptor.resources) {
  const t = tables[r.name]!;
  const delimiter = t.delimiter === (r.dialect?.delimiter ?? ',') ? '' : ` (read with ${t.delimiter === '\t' ? 'tab' : `'${t.delimiter}'`} as the delimiter)`;
  console.log(`${r.path}: ${t.read} read, ${t.kept} kept, ${t.rejected} rejected${delimiter}`);
}
if (problemsFile) {
  writeFileSync(problemsFile, toCsv(['file', 'row', 'column', 'value', 'reason'], errors.map((e) => ({ ...e }))));
  console.log(`${errors.length} problem(s) written to ${problemsFile}`);
} else {
  for (const e of errors) console.log(formatDataError(e));
}
console.log(errors.length ? `${errors.length} error(s) in ${dir}` : `all files valid in ${dir}`);
process.exit(errors.length ? 1 : 0);
