/**
 * The refurbisher feed's data model: the closed vocabularies (device types,
 * services, provinces, languages, what happens to devices) and the validated
 * record types. Pure data and types; the valibot schema that produces these
 * records lives in schema.ts, which is loaded lazily with the feed.
 */

/** Kinds of device a refurbisher takes back. */
export const deviceTypes = ['laptop', 'chromebook', 'tablet', 'desktop', 'screen', 'interactive-board', 'network', 'phone'] as const;
export type DeviceType = (typeof deviceTypes)[number];

/**
 * Services a school can filter on. `pickup`: collects the devices at the
 * school; `certified-wiping`: wipes data and gives a certificate per device;
 * `buy-back`: pays the school for devices; `donation`: passes devices on to
 * social projects; `sale-to-schools`: sells refurbished devices to schools.
 */
export const services = ['pickup', 'certified-wiping', 'buy-back', 'donation', 'sale-to-schools'] as const;
export type Service = (typeof services)[number];

/** Belgium's provinces, and the Brussels-Capital Region. */
export const provinces = [
  'antwerp',
  'limburg',
  'east-flanders',
  'west-flanders',
  'flemish-brabant',
  'brussels',
  'walloon-brabant',
  'hainaut',
  'liege',
  'luxembourg',
  'namur',
] as const;
export type Province = (typeof provinces)[number];

/** Languages a refurbisher serves schools in. */
export const languages = ['nl', 'fr', 'en', 'de'] as const;
export type Language = (typeof languages)[number];

/** What happens to the devices afterwards. */
export const destinations = ['resale', 'donation', 'recycling'] as const;
export type Destination = (typeof destinations)[number];

/**
 * How thoroughly data is wiped, by the categories of NIST SP 800-88 Rev. 1:
 * `clear` overwrites through the normal interface (weak for SSDs, whose spare
 * blocks it cannot reach); `purge` uses the drive's own sanitize or
 * cryptographic erase, or degaussing; `destroy` physically destroys the drive.
 * In order, weakest first.
 */
export const wipingLevels = ['clear', 'purge', 'destroy'] as const;
export type WipingLevel = (typeof wipingLevels)[number];

/** What the wiping report gives the school, per device. */
export const wipingReportItems = ['serial-number', 'method', 'date', 'verification', 'certificate', 'outcome'] as const;
export type WipingReportItem = (typeof wipingReportItems)[number];

/** Who recognised the refurbisher, and since when. */
export interface Recognition {
  /** The body that recognised them, e.g. a regional waste authority. */
  readonly by: string;
  /** `YYYY-MM-DD` or just `YYYY`. */
  readonly since?: string;
}

export interface Coordinates {
  /** Degrees north (WGS 84). */
  readonly lat: number;
  /** Degrees east (WGS 84). */
  readonly lon: number;
}

/** One validated refurbisher. Every text is plain text: the widget never renders it as HTML. */
export interface Refurbisher {
  readonly id: string;
  readonly name: string;
  readonly contact: { readonly person?: string; readonly email?: string; readonly phone?: string };
  /** Only ever an http: or https: URL (the schema rejects anything else). */
  readonly website?: string;
  readonly address: {
    readonly street?: string;
    readonly postcode: string;
    readonly city: string;
    readonly coordinates?: Coordinates;
  };
  /** Where they work (at least one). */
  readonly provinces: readonly Province[];
  /** Smallest batch they take at all (1 when the feed does not say). */
  readonly minimumDevices: number;
  /** Details of the `pickup` service: from how many devices they collect at the school. */
  readonly pickup?: { readonly minimumDevices: number };
  readonly deviceTypes: readonly DeviceType[];
  readonly services: readonly Service[];
  readonly dataWiping: {
    /** Method or standard, e.g. "NIST SP 800-88 Purge". */
    readonly method: string;
    /** A certificate per device. */
    readonly certificate: boolean;
    /** Drives can be destroyed at the school. */
    readonly onSiteDestruction: boolean;
    /** The NIST SP 800-88 category of `method`; absent: not stated (unknown). */
    readonly level?: WipingLevel;
    /** What the wiping report contains; absent: not stated. */
    readonly report?: readonly WipingReportItem[];
  };
  readonly destinations: readonly Destination[];
  /** Permits and recognitions, e.g. an environmental permit (OVAM). */
  readonly permits: readonly string[];
  /** E.g. ISO 14001, ISO 27001, R2, e-Stewards. */
  readonly certifications: readonly string[];
  readonly languages: readonly Language[];
  /** The recognition the finder's list rests on; absent: not stated. */
  readonly recognition?: Recognition;
  /** Warranty on refurbished devices sold to schools, in months (0: none); absent: not stated. */
  readonly warrantyMonths?: number;
  /** What the school pays or is paid, in the feed's language; absent: not stated. */
  readonly fees?: string;
  /** Questionnaire answers: question id -> answer. */
  readonly answers: Readonly<Record<string, string>>;
  /** Date of the last update of this entry, `YYYY-MM-DD`. */
  readonly updated: string;
}

/** A question of the questionnaire the refurbishers answered. */
export interface Question {
  /** A short, neutral name for what the answer tells (the comparison's row label), e.g. "Vergunningen"; absent: the question is the label. */
  readonly label?: string;
  /** The question as the refurbishers were asked it. */
  readonly text: string;
}

/** A validated feed. */
export interface Feed {
  readonly version: 1;
  /** True for example data: the widget then says, on top, that the refurbishers are fictional. */
  readonly sample: boolean;
  /** Language of the feed's texts (BCP 47, default `nl`), so screen readers read them right. */
  readonly lang: string;
  /** The questionnaire: question id -> question, in the order to show them. */
  readonly questions: Readonly<Record<string, Question>>;
  readonly refurbishers: readonly Refurbisher[];
}

/** An entry that was left out, and why. */
export interface SkippedEntry {
  /** Position in the feed's `refurbishers` list, from 0. */
  readonly index: number;
  /** The entry's id and name when they could be read, to help find it. */
  readonly id?: string;
  readonly name?: string;
  readonly problems: readonly { readonly path: string; readonly message: string }[];
}

/** An entry that was kept, without the optional fields whose value was wrong (named in `problems`). */
export type IgnoredFields = SkippedEntry;

/** How many refurbishers the comparison holds side by side. */
export const maxCompared = 3;
