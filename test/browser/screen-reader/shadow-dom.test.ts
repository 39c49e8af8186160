/**
 * Why test/support/screen-reader.ts exists: @guidepup/virtual-screen-reader
 * 0.33.0 does not enter shadow roots. When a release does, the first test
 * fails, and the helper's flat-tree adapter can go.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../../../src/components/leerid-login/define.js';
import { rawLibraryHears, readUntil, spokenSince, startScreenReader, stopScreenReader } from '../../support/screen-reader.js';

async function mount(): Promise<HTMLDivElement> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div lang="nl"><p>Voor</p><digi-leerid-login issuer="https://id.leerid.example" client-id="klasapp"></digi-leerid-login><p>Na</p></div>`,
  );
  await wrapper.querySelector('digi-leerid-login')!.updateComplete;
  return wrapper;
}

afterEach(async () => {
  await stopScreenReader();
  fixtureCleanup();
});

describe('@guidepup/virtual-screen-reader and shadow DOM', () => {
  it('on its own hears the light DOM around a widget but nothing inside its shadow root', async () => {
    const wrapper = await mount();
    // Read on past the end and round again: never the button.
    expect(await rawLibraryHears(wrapper, 7)).toEqual([
      'paragraph',
      'Voor',
      'end of paragraph',
      'paragraph',
      'Na',
      'end of paragraph',
      'paragraph',
      'Voor',
    ]);
  });

  it('with the flat tree of test/support/screen-reader.ts hears the shadow content in its place, between the light DOM', async () => {
    await mount();
    await startScreenReader();
    await readUntil('end of document');
    expect(await spokenSince(0)).toEqual([
      'document',
      'paragraph',
      'Voor',
      'end of paragraph',
      'button, Aanmelden met LeerID',
      'Aanmelden met LeerID',
      'end of button, Aanmelden met LeerID',
      'paragraph',
      'Na',
      'end of paragraph',
      'end of document',
    ]);
  });
});
