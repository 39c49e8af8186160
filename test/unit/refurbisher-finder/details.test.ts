import { describe, expect, it } from 'vitest';
import { refurbisherFacts } from '../../../src/components/refurbisher-finder/details.js';
import { finderFormat } from '../../../src/components/refurbisher-finder/format.js';
import type { Refurbisher } from '../../../src/components/refurbisher-finder/model.js';
import { parseFeed } from '../../../src/components/refurbisher-finder/schema.js';
import { sampleFeed } from '../../../src/components/refurbisher-finder/sample-feed.js';

const parsed = parseFeed(sampleFeed);
if (!parsed.ok) throw new Error('The sample feed is not valid.');
const first = parsed.value.feed.refurbishers[0]!;
const valueOf = (r: Refurbisher, label: string) => refurbisherFacts(r, 'nl', finderFormat('nl-BE')).find((fact) => fact.label === label)?.value;

describe('refurbisherFacts: minimum numbers of devices', () => {
  it('says "vanaf N toestellen" from two devices on, and shows the minimum on the card', () => {
    const r: Refurbisher = { ...first, services: [...new Set([...first.services, 'pickup' as const])], pickup: { ...first.pickup, minimumDevices: 20 }, minimumDevices: 5 };
    expect(valueOf(r, 'Ophalen op school')).toBe('Ja, vanaf 20 toestellen');
    expect(valueOf(r, 'Neemt aan')).toBe('vanaf 5 toestellen');
    expect(refurbisherFacts(r, 'nl', finderFormat('nl-BE')).find((fact) => fact.label === 'Neemt aan')!.essential).toBe(true);
  });

  it('never says "vanaf 1 toestellen": one device is no minimum', () => {
    const r: Refurbisher = { ...first, services: [...new Set([...first.services, 'pickup' as const])], pickup: { ...first.pickup, minimumDevices: 1 }, minimumDevices: 1 };
    expect(valueOf(r, 'Ophalen op school')).toBe('Ja, geen minimum aantal toestellen');
    expect(valueOf(r, 'Neemt aan')).toBe('elk aantal toestellen, ook één');
    expect(refurbisherFacts(r, 'nl', finderFormat('nl-BE')).find((fact) => fact.label === 'Neemt aan')!.essential).toBe(false);
    expect(refurbisherFacts(r, 'nl', finderFormat('nl-BE')).map((fact) => String(fact.value))).not.toContain('vanaf 1 toestellen');
  });
});
