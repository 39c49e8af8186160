/**
 * One shared announcer for every widget on the page. Live regions inside
 * shadow roots are unreliable with some screen reader / browser pairs, so the
 * regions live in the page's light DOM, created once on first use and shared
 * by every copy of the library (found again by id).
 */
export type Politeness = 'polite' | 'assertive';

const regionIds: Record<Politeness, string> = {
  polite: 'digi-announcer-polite',
  assertive: 'digi-announcer-assertive',
};

function region(politeness: Politeness): HTMLElement {
  const existing = document.getElementById(regionIds[politeness]);
  if (existing) return existing;
  const element = document.createElement('div');
  element.id = regionIds[politeness];
  element.setAttribute('aria-live', politeness);
  element.setAttribute('aria-atomic', 'true');
  element.setAttribute('data-digi-announcer', '');
  // CSSOM properties, not a style attribute: a strict CSP allows these.
  Object.assign(element.style, {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    padding: '0',
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
    border: '0',
  });
  document.body.append(element);
  return element;
}

const pending = new Map<Politeness, ReturnType<typeof setTimeout>>();

/**
 * Says `message` to screen-reader users without moving focus. Repeating the
 * same message is announced again. Regions are created eagerly by
 * `prepareAnnouncer()` on connect, because a region that appears together with
 * its first message is often not read.
 */
export function announce(message: string, politeness: Politeness = 'polite'): void {
  const target = region(politeness);
  clearTimeout(pending.get(politeness));
  target.textContent = '';
  // A short pause lets screen readers notice the change, also for a repeat.
  pending.set(
    politeness,
    setTimeout(() => {
      target.textContent = message;
    }, 50),
  );
}

/** Creates both regions ahead of the first announcement. */
export function prepareAnnouncer(): void {
  if (typeof document === 'undefined' || !document.body) return;
  region('polite');
  region('assertive');
}
