export interface CdnIntegrity {
  readonly version: string;
  readonly algorithm?: string;
  readonly files: Readonly<Record<string, string>>;
}
export function integrityOf(bytes: Uint8Array | string): string;
export function cdnSnippet(integrity: CdnIntegrity, baseUrl?: string): string;
