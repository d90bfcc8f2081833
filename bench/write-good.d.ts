// write-good ships no type declarations; this is the part of its API the benchmark uses.
declare module 'write-good' {
  interface Suggestion {
    index: number;
    offset: number;
    reason: string;
  }
  function writeGood(text: string, options?: Record<string, unknown>): Suggestion[];
  export = writeGood;
}
