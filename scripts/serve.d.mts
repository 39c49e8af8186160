/** Types for scripts/serve.mjs, which the end-to-end tests import. */
export declare const repoRoot: string;
export declare const contentSecurityPolicy: string;
export declare const mimeTypes: Readonly<Record<string, string>>;

export type ResolvedRequest = { file: string } | { redirect: string } | { status: 400 | 404 };
export declare function resolveRequestPath(root: string, rawPathname: string): Promise<ResolvedRequest>;

export interface RunningServer {
  /** `http://127.0.0.1:PORT`, without a trailing slash. */
  readonly url: string;
  close(): Promise<void>;
}
export declare function startServer(options?: { root?: string; host?: string; port?: number }): Promise<RunningServer>;

/** `public, max-age=31536000, immutable`: for hashed chunks. */
export declare const immutableCacheControl: string;
/** `no-cache`: entry files and pages, revalidated on every use. */
export declare const revalidateCacheControl: string;
/** The Cache-Control for a path relative to the served root. */
export declare function cacheControlFor(relativePath: string): string;
/** `br`, `gzip` or `identity` for an Accept-Encoding header. */
export declare function chooseEncoding(acceptEncoding?: string): 'br' | 'gzip' | 'identity';
