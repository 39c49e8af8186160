import { fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { describe, expect, it, vi } from 'vitest';
import { JsonChild } from '../../../src/core/json-child.js';

class JsonChildHost extends LitElement {
  readonly changes: (string | undefined)[] = [];
  readonly json = new JsonChild(this, (text) => this.changes.push(text));
}
customElements.define('json-child-host', JsonChildHost);

describe('JsonChild', () => {
  it('reads the direct JSON child, and reports each change of its text once', async () => {
    const host = await fixture<JsonChildHost>(html`<json-child-host><script type="application/json">{"a":1}</script></json-child-host>`);
    expect(host.json.read()).toBe(true);
    expect(host.json.text).toBe('{"a":1}');
    expect(host.json.read()).toBe(false);

    host.json.element!.textContent = '{"a":2}';
    await vi.waitFor(() => expect(host.changes).toEqual(['{"a":2}']));

    host.json.element!.remove();
    await vi.waitFor(() => expect(host.changes).toEqual(['{"a":2}', undefined]));
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = '{"b":3}';
    host.append(script);
    await vi.waitFor(() => expect(host.changes.at(-1)).toBe('{"b":3}'));
  });

  it('ignores scripts that are not its direct JSON child, and stops watching when disconnected', async () => {
    const host = await fixture<JsonChildHost>(html`<json-child-host><div><script type="application/json">{}</script></div><script>1</script></json-child-host>`);
    expect(host.json.element).toBeNull();
    host.remove();
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = '{}';
    host.append(script);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(host.changes).toEqual([]);
  });
});
