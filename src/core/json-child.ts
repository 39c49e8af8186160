/**
 * A widget's data child: `<script type="application/json">` directly inside
 * it (inert under any CSP). A site may fill or replace it after the element
 * upgrades, so the controller watches it and reports each change of its text.
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

export const jsonChildSelector = ':scope > script[type="application/json"]';

export class JsonChild implements ReactiveController {
  /** The child's text as last read; undefined without a child. */
  text?: string;
  private observer?: MutationObserver;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly onChange: (text: string | undefined) => void,
  ) {
    host.addController(this);
  }

  /** The child element, if there is one. */
  get element(): HTMLScriptElement | null {
    return isServer ? null : this.host.querySelector<HTMLScriptElement>(jsonChildSelector);
  }

  /** Reads the child now; true when its text differs from the last read. */
  read(): boolean {
    const text = this.element?.textContent ?? undefined;
    if (text === this.text) return false;
    this.text = text;
    return true;
  }

  hostConnected(): void {
    this.observer = new MutationObserver(() => {
      if (this.read()) this.onChange(this.text);
    });
    this.observer.observe(this.host, { childList: true, subtree: true, characterData: true });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }
}
