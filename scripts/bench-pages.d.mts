/** Types for scripts/bench-pages.mjs, which a unit test imports. */
export declare const widgetTags: readonly string[];
export declare const benchIssuerPath: string;
export interface BenchPage {
  name: string;
  /** From the repository root, as scripts/serve.mjs serves it. */
  path: string;
  tags: readonly string[];
}
export declare function writeBenchPages(origin: string, folder?: string): BenchPage[];
