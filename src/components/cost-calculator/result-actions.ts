/**
 * What a person does with the result: copy it as text, download it as CSV,
 * print it, copy the link. Each action says in words whether it worked, on
 * screen and through the announcer; a browser that blocks the clipboard gets
 * the keyboard alternative.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { downloadBlob } from '../../core/download.js';
import { msg } from '../../i18n/localize.js';
import { announce } from '../../primitives/announcer.js';

/** The outcome of the last action, shown under the buttons. */
export interface ActionStatus {
  readonly ok: boolean;
  readonly text: string;
}

type Host = ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };

export class ResultActions implements ReactiveController {
  status?: ActionStatus;

  constructor(
    private readonly host: Host,
    /** Runs `translate` in the element's own language. */
    private readonly localize: <T>(translate: () => T) => T,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** An edit makes the last outcome stale. */
  clear(): void {
    if (!this.status) return;
    this.status = undefined;
    this.host.requestUpdate();
  }

  /** Copies `text`; `done` words the success (in the element's language). */
  async copy(text: string, done: () => string): Promise<void> {
    let ok = false;
    try {
      await navigator.clipboard.writeText(text);
      ok = true;
    } catch {
      ok = false;
    }
    this.report(
      ok,
      this.localize(() => (ok ? done() : msg('Kopiëren lukte niet: uw browser laat het niet toe. Selecteer de tekst en kopieer met Ctrl+C (of Cmd+C).'))),
    );
  }

  /** Downloads `csv` as a file that spreadsheet programs open with the accents intact. */
  downloadCsv(csv: string): void {
    // A byte-order mark lets spreadsheet programs read the accents as UTF-8.
    const blob = new Blob(['\ufeff', csv], { type: 'text/csv;charset=utf-8' });
    downloadBlob(this.host.renderRoot, blob, this.localize(() => msg('kosten-digitale-toestellen.csv')));
    this.report(true, this.localize(() => msg('Het CSV-bestand is gedownload.')));
  }

  private report(ok: boolean, text: string): void {
    this.status = { ok, text };
    this.host.requestUpdate();
    announce(text);
  }
}
