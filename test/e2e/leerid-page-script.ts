/**
 * Runs in the test pages of the LeerID end-to-end tests: records every
 * `digi-leerid-*` event for the test to read (`window.__leeridEvents`), and
 * keeps the page from leaving for the provider when `<body data-hold>` asks
 * (the test then follows the URL itself, after looking at the transaction).
 */
interface RecordedEvent {
  readonly type: string;
  readonly detail: unknown;
}

declare global {
  interface Window {
    __leeridEvents: RecordedEvent[];
  }
}

window.__leeridEvents = [];
for (const type of ['digi-leerid-redirect', 'digi-leerid-login', 'digi-leerid-code', 'digi-leerid-error']) {
  document.addEventListener(type, (event) => {
    window.__leeridEvents.push({ type, detail: JSON.parse(JSON.stringify((event as CustomEvent).detail)) as unknown });
    if (type === 'digi-leerid-redirect' && document.body.hasAttribute('data-hold')) event.preventDefault();
  });
}

export {};
