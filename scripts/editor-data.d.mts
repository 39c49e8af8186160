/** Types for scripts/editor-data.mjs, which the tests import. */
export interface Manifest {
  readonly modules: readonly { readonly path: string; readonly declarations?: readonly Record<string, unknown>[] }[];
}
export declare function elementsOf(manifest: Manifest): ({ tagName: string; path: string } & Record<string, unknown>)[];
export declare function literalValues(typeText?: string): string[];
export declare function toVsCodeData(manifest: Manifest): {
  version: number;
  tags: { name: string; description: string; attributes: { name: string; description: string; values?: { name: string }[] }[] }[];
};
export declare function toWebTypes(
  manifest: Manifest,
  pkg: { name: string; version: string },
): { name: string; version: string; contributions: { html: { elements: Record<string, unknown>[] } } };
