// Reads a data folder from disk and validates it with the app's own code (check-data, tests, bench).
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import type { DataPackage } from '../src/lib/data/types.ts';
import type { Problem } from '../src/lib/data/tableValidator.ts';
import { validatePackage, type PackageResult } from '../src/lib/data/validatePackage.ts';
import { decodeUtf8 } from '../src/lib/data/decodeUtf8.ts';

export interface DataDir extends PackageResult {
  descriptor: DataPackage;
}

/** The folder's `datapackage.json`; throws, naming the file, when it is missing or not JSON. */
export function readDescriptor(dir: string): DataPackage {
  const descriptorPath = path.join(dir, 'datapackage.json');
  if (!existsSync(descriptorPath)) throw new Error(`${descriptorPath}: not found`);
  try {
    return JSON.parse(readFileSync(descriptorPath, 'utf8')) as DataPackage;
  } catch (e) {
    throw new Error(`${descriptorPath}: not valid JSON (${(e as Error).message})`);
  }
}

/** Throws only when the descriptor itself is missing or not JSON; bad CSVs become errors. Each file
 *  is read as bytes so one that is not UTF-8 is named; `maxProblems` per file are kept in full. */
export function readDataDir(dir: string, maxProblems?: number): DataDir {
  const descriptor = readDescriptor(dir);
  const texts: Record<string, string | undefined> = {};
  const fileProblems: Record<string, Problem[]> = {};
  for (const r of descriptor.resources) {
    const file = path.join(dir, r.path);
    if (!existsSync(file)) continue;
    const decoded = decodeUtf8(readFileSync(file));
    texts[r.path] = decoded.text;
    if (decoded.problem) fileProblems[r.path] = [decoded.problem];
  }
  return { descriptor, ...validatePackage(descriptor, texts, { maxProblems, fileProblems }) };
}
