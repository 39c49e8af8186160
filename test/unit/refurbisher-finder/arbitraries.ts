/** fast-check generators and small builders for refurbisher records. */
import fc from 'fast-check';
import {
  destinations,
  deviceTypes,
  languages,
  provinces,
  services,
  wipingLevels,
  type Refurbisher,
} from '../../../src/components/refurbisher-finder/model.js';

/** A valid record with sensible defaults; override what a test is about. */
export function refurbisher(overrides: Partial<Refurbisher> & Pick<Refurbisher, 'id'>): Refurbisher {
  return {
    name: overrides.id,
    contact: {},
    address: { postcode: '9000', city: 'Gent' },
    provinces: ['east-flanders'],
    minimumDevices: 1,
    deviceTypes: ['laptop'],
    services: [],
    dataWiping: { method: 'NIST SP 800-88 Purge', certificate: true, onSiteDestruction: false },
    destinations: ['resale'],
    permits: [],
    certifications: [],
    languages: ['nl'],
    answers: {},
    updated: '2026-01-01',
    ...overrides,
  };
}

const subset = <T>(all: readonly T[], minLength = 0) => fc.subarray([...all], { minLength });

/** Random valid records with unique ids. */
export const records = (maxLength = 30): fc.Arbitrary<Refurbisher[]> =>
  fc
    .array(
      fc.record({
        name: fc.constantFrom('Äpfel', 'apfel', 'Zebra', 'Gent ICT', 'Liège Reboot', 'Mol', 'mol', 'Ötzi', '10 Toestellen', '9 Toestellen'),
        city: fc.constantFrom('Gent', 'Liège', 'Hasselt', 'Brugge'),
        provinces: subset(provinces, 1),
        deviceTypes: subset(deviceTypes, 1),
        services: subset(services),
        languages: subset(languages, 1),
        minimumDevices: fc.integer({ min: 1, max: 60 }),
        pickupMinimum: fc.option(fc.integer({ min: 1, max: 60 }), { nil: undefined }),
        destinations: subset(destinations, 1),
        wipingLevel: fc.option(fc.constantFrom(...wipingLevels), { nil: undefined }),
        coordinates: fc.option(
          fc.record({ lat: fc.double({ min: 49.5, max: 51.5, noNaN: true }), lon: fc.double({ min: 2.5, max: 6.4, noNaN: true }) }),
          { nil: undefined },
        ),
        updated: fc.date({ min: new Date('2020-01-01'), max: new Date('2027-12-31'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)),
      }),
      { maxLength },
    )
    .map((list) =>
      list.map((item, index) =>
        refurbisher({
          id: `r${index}`,
          name: item.name,
          address: { postcode: '9000', city: item.city, coordinates: item.coordinates },
          provinces: item.provinces,
          deviceTypes: item.deviceTypes,
          services: item.services,
          languages: item.languages,
          minimumDevices: item.minimumDevices,
          pickup: item.pickupMinimum === undefined ? undefined : { minimumDevices: item.pickupMinimum },
          destinations: item.destinations,
          dataWiping: { method: 'Blancco', certificate: true, onSiteDestruction: false, level: item.wipingLevel },
          updated: item.updated,
        }),
      ),
    );

/** Random filter settings. */
export const filterSettings = fc.record({
  query: fc.constantFrom('', 'gent', 'LIEGE', 'mol toestellen', '  ', 'zebra x'),
  province: fc.option(fc.constantFrom(...provinces), { nil: undefined }),
  deviceTypes: subset(deviceTypes),
  services: subset(services),
  languages: subset(languages),
  devices: fc.option(fc.integer({ min: 1, max: 80 }), { nil: undefined }),
});
