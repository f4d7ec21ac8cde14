// `npm run check-data [dir]`: validates a data folder with the app's own code; exit 1 on any error.
import path from 'node:path';
import { readDataDir, type DataDir } from './readDataDir.ts';
import { formatDataError } from '../src/lib/data/dataError.ts';

const dir = path.resolve(process.argv[2] ?? 'data');
let result: DataDir;
try {
  result = readDataDir(dir);
} catch (e) {
  console.error((e as Error).message);
  process.exit(1);
}
const { descriptor, tables, errors } = result;
for (const r of descriptor.resources) {
  const t = tables[r.name]!;
  console.log(`${r.path}: ${t.read} read, ${t.kept} kept, ${t.rejected} rejected`);
}
for (const e of errors) console.log(formatDataError(e));
console.log(errors.length ? `${errors.length} error(s) in ${dir}` : `all files valid in ${dir}`);
process.exit(errors.length ? 1 : 0);
