/**
 * Offering a file the widget made (CSV, SVG, PNG, JSON) as a download, the same
 * way in every widget: a hidden link inside `root` (a shadow root keeps it out
 * of the page's DOM), clicked once and removed. The object URL stays valid for
 * 10 s, long enough for every browser to start the download, then is revoked so
 * the blob does not stay in memory.
 */

/** How long the object URL stays valid after the click. */
export const downloadUrlLifetimeMs = 10_000;

/** Offers `blob` as a download named `fileName`, from a hidden link inside `root`. */
export function downloadBlob(root: ParentNode, blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  root.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), downloadUrlLifetimeMs);
}
