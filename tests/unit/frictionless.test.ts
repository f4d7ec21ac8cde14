// The Frictionless project's own reader (`datapackage`) reads the whole package: every row of every
// resource cast by its schema, foreign keys resolved, no error.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import datapackage from 'datapackage';

const dataDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../data');
const descriptor = JSON.parse(readFileSync(path.join(dataDir, 'datapackage.json'), 'utf8'));

/** Reads every resource with casting and relations on; returns the errors per resource name. */
async function readAll(desc: unknown): Promise<{ valid: boolean; errors: Record<string, string[]>; rows: Record<string, number> }> {
  const pkg = await datapackage.Package.load(desc, { basePath: dataDir });
  const errors: Record<string, string[]> = {};
  const rows: Record<string, number> = {};
  for (const resource of pkg.resources) {
    try {
      const read: unknown[] = await resource.read({ cast: true, forceCast: true, relations: true, keyed: true });
      rows[resource.name] = read.length;
      errors[resource.name] = read.filter((r) => r instanceof Error).map(String);
    } catch (e) {
      errors[resource.name] = [String(e)];
    }
  }
  return { valid: pkg.valid, errors, rows };
}

describe('data/ read by the Frictionless reader (datapackage on npm)', () => {
  it('reads every resource of the package with no error, foreign keys included', async () => {
    const { valid, errors, rows } = await readAll(descriptor);
    expect(valid).toBe(true);
    for (const [name, list] of Object.entries(errors)) expect(list, name).toEqual([]);
    expect(Object.keys(rows).sort()).toEqual(['claims', 'defense-imports', 'investment', 'oil-exports', 'sources', 'visits']);
    expect(rows['defense-imports']).toBeGreaterThan(2000);
  }, 60_000);

  it('without the declared dialect the reader guesses the delimiter and fails on oil-exports.csv', async () => {
    const undeclared = { ...descriptor, resources: descriptor.resources.map(({ dialect: _, ...r }: Record<string, unknown>) => r) };
    const { errors } = await readAll(undeclared);
    expect(errors['oil-exports']!.length).toBeGreaterThan(0);
  }, 60_000);
});
