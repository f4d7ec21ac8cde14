// Reads a data folder from disk and validates it with the app's own code (check-data, tests, bench).
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import type { DataPackage } from '../src/lib/data/types.ts';
import { validatePackage, type PackageResult } from '../src/lib/data/validatePackage.ts';

export interface DataDir extends PackageResult {
  descriptor: DataPackage;
}

/** Throws only when the descriptor itself is missing or not JSON; bad CSVs become errors. */
export function readDataDir(dir: string): DataDir {
  const descriptorPath = path.join(dir, 'datapackage.json');
  if (!existsSync(descriptorPath)) throw new Error(`${descriptorPath}: not found`);
  let descriptor: DataPackage;
  try {
    descriptor = JSON.parse(readFileSync(descriptorPath, 'utf8')) as DataPackage;
  } catch (e) {
    throw new Error(`${descriptorPath}: not valid JSON (${(e as Error).message})`);
  }
  const texts = Object.fromEntries(
    descriptor.resources.map((r) => {
      const file = path.join(dir, r.path);
      return [r.path, existsSync(file) ? readFileSync(file, 'utf8') : undefined];
    }),
  );
  return { descriptor, ...validatePackage(descriptor, texts) };
}
