// The Frictionless reader ships no types; the tests use only this much of it.
declare module 'datapackage' {
  interface Resource {
    name: string;
    read(options: { cast?: boolean; forceCast?: boolean; relations?: boolean; keyed?: boolean }): Promise<unknown[]>;
  }
  interface Package {
    valid: boolean;
    errors: Error[];
    resources: Resource[];
  }
  const datapackage: { Package: { load(descriptor: unknown, options?: { basePath?: string }): Promise<Package> } };
  export default datapackage;
}
