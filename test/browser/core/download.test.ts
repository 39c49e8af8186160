/** core/download: one way for every widget to offer a file it made. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadBlob, downloadUrlLifetimeMs } from '../../../src/core/download.js';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('downloadBlob', () => {
  it('clicks a hidden link inside the given root, with the file name, and removes it at once', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    const blob = new Blob(['a;b\n1;2'], { type: 'text/csv' });
    const created = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:test-url');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const clicked: Array<{ href: string; download: string; hidden: boolean; inRoot: boolean }> = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download, hidden: this.hidden, inRoot: this.getRootNode() === root });
    });

    downloadBlob(root, blob, 'kosten.csv');

    expect(created).toHaveBeenCalledWith(blob);
    expect(clicked).toEqual([{ href: 'blob:test-url', download: 'kosten.csv', hidden: true, inRoot: true }]);
    expect(root.querySelector('a')).toBeNull();
    expect(document.querySelector('a[download]')).toBeNull();
    host.remove();
  });

  it('revokes the object URL only after 10 s, so every browser has started the download', () => {
    vi.useFakeTimers();
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:later');
    const revoked = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const root = document.createElement('div');

    downloadBlob(root, new Blob(['{}'], { type: 'application/json' }), 'antwoorden.json');

    expect(downloadUrlLifetimeMs).toBe(10_000);
    vi.advanceTimersByTime(downloadUrlLifetimeMs - 1);
    expect(revoked).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(revoked).toHaveBeenCalledWith('blob:later');
  });
});
