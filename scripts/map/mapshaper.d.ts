// Types for the one call the map build makes into mapshaper (the package ships none).
declare module 'mapshaper' {
  const mapshaper: {
    /**
     * Runs a mapshaper command line (`-i name … -o out`) on in-memory inputs, keyed by the file
     * names the commands use; resolves to the outputs' contents keyed by their file names.
     */
    applyCommands(commands: string, input: Record<string, string | object>): Promise<Record<string, string>>;
  };
  export default mapshaper;
}
