/**
 * Crisis lines by country, shown on /help and in the site footer (PRODUCT.md §10).
 *
 * Every number here was checked against the organisation's own page (`source`) or reports of it,
 * in November 2026. Only add a line you can check the same way: a wrong number in a crisis is worse
 * than none, and everyone else is pointed to the directory and their local emergency number.
 */

/** ISO 3166-1 alpha-2 codes of the countries we list lines for. */
export const crisisCountryCodes = ["US", "GB", "IE", "CA", "AU", "NZ", "DE", "FR", "NL", "ES", "IN", "ZA"] as const;
export type CrisisCountryCode = (typeof crisisCountryCodes)[number];

/**
 * One way to reach a line: `display` is what people read, `dial` what a phone dials, `keyword` the
 * word a text line asks for, `note` who answers when a country has several emergency numbers.
 */
export type CrisisContact = { kind: "call" | "text"; display: string; dial: string; keyword?: string; note?: string };

export type CrisisLine = {
  name: string;
  /** The name in a sentence: "call 116 123 (Samaritans)" — English words where the name isn't. */
  shortName: string;
  /** What it is for, in a sentence. */
  purpose: string;
  /** When it answers, where the organisation says so. */
  hours?: string;
  contacts: readonly [CrisisContact, ...CrisisContact[]];
  /** The organisation's own page for this line (https). */
  source: string;
};

export type CrisisCountry = {
  code: CrisisCountryCode;
  /** The country's name in a sentence: "in the United Kingdom". */
  name: string;
  nameWithArticle: string;
  /** Emergency services: the first number is the one to lead with. */
  emergency: readonly [CrisisContact, ...CrisisContact[]];
  /** The first line is the country's main one (the footer shows it). */
  lines: readonly [CrisisLine, ...CrisisLine[]];
};

/** For everywhere we have no lines of our own. */
export const crisisDirectory = {
  name: "Find A Helpline",
  purpose: "A directory of free, confidential helplines in many countries, checked by the people who run it.",
  url: "https://findahelpline.com",
} as const;

const digits = (display: string) => display.replace(/[^\d+]/g, "");
const call = (display: string, extra: Partial<CrisisContact> = {}): CrisisContact => ({ kind: "call", display, dial: digits(display), ...extra });
const text = (display: string, extra: Partial<CrisisContact> = {}): CrisisContact => ({ kind: "text", display, dial: digits(display), ...extra });

const samaritans = (source: string): CrisisLine => ({
  name: "Samaritans",
  shortName: "Samaritans",
  purpose: "Free to call, any time, for anyone who is struggling or worried about someone. You don't have to be suicidal to call.",
  hours: "24 hours, every day",
  contacts: [call("116 123")],
  source,
});

export const crisisCountries: Record<CrisisCountryCode, CrisisCountry> = {
  US: {
    code: "US",
    name: "United States",
    nameWithArticle: "the United States",
    emergency: [call("911")],
    lines: [
      {
        name: "988 Suicide & Crisis Lifeline",
        shortName: "Suicide & Crisis Lifeline",
        purpose: "Call or text if you are struggling or worried about someone.",
        hours: "24 hours, every day",
        contacts: [call("988"), text("988")],
        source: "https://988lifeline.org/",
      },
      {
        name: "SAMHSA National Helpline",
        shortName: "SAMHSA National Helpline",
        purpose: "Free, confidential treatment referral and information for mental health and substance use.",
        hours: "24 hours, every day",
        contacts: [call("1-800-662-4357", { dial: "+18006624357" })],
        source: "https://www.samhsa.gov/find-help/helplines/national-helpline",
      },
    ],
  },
  GB: {
    code: "GB",
    name: "United Kingdom",
    nameWithArticle: "the United Kingdom",
    emergency: [call("999"), call("112")],
    lines: [
      samaritans("https://www.samaritans.org/how-we-can-help/contact-samaritan/"),
      {
        name: "Shout",
        shortName: "Shout",
        purpose: "Free, confidential text support with a trained volunteer.",
        hours: "24 hours, every day",
        contacts: [text("85258", { keyword: "SHOUT" })],
        source: "https://giveusashout.org/",
      },
    ],
  },
  IE: {
    code: "IE",
    name: "Ireland",
    nameWithArticle: "Ireland",
    emergency: [call("112"), call("999")],
    lines: [
      samaritans("https://www.samaritans.org/ireland/how-we-can-help/contact-samaritan/"),
      {
        name: "50808",
        shortName: "50808",
        purpose: "Free, anonymous text support with a trained volunteer.",
        hours: "24 hours, every day",
        contacts: [text("50808")],
        source: "https://text50808.ie/",
      },
    ],
  },
  CA: {
    code: "CA",
    name: "Canada",
    nameWithArticle: "Canada",
    emergency: [call("911")],
    lines: [
      {
        name: "9-8-8: Suicide Crisis Helpline",
        shortName: "Suicide Crisis Helpline",
        purpose: "Call or text if you are thinking about suicide or worried about someone. In English and French.",
        hours: "24 hours, every day",
        contacts: [call("988"), text("988")],
        source: "https://988.ca/",
      },
    ],
  },
  AU: {
    code: "AU",
    name: "Australia",
    nameWithArticle: "Australia",
    emergency: [call("000")],
    lines: [
      {
        name: "Lifeline",
        shortName: "Lifeline",
        purpose: "Crisis support and suicide prevention for anyone who is feeling overwhelmed or struggling to cope.",
        hours: "24 hours, every day",
        contacts: [call("13 11 14"), text("0477 13 11 14")],
        source: "https://www.lifeline.org.au/",
      },
    ],
  },
  NZ: {
    code: "NZ",
    name: "New Zealand",
    nameWithArticle: "New Zealand",
    emergency: [call("111")],
    lines: [
      {
        name: "1737, Need to talk?",
        shortName: "free counselling",
        purpose: "Free call or text to talk with a trained counsellor about anything that is getting too much.",
        hours: "24 hours, every day",
        contacts: [call("1737"), text("1737")],
        source: "https://1737.org.nz/",
      },
    ],
  },
  DE: {
    code: "DE",
    name: "Germany",
    nameWithArticle: "Germany",
    emergency: [call("112")],
    lines: [
      {
        name: "TelefonSeelsorge",
        shortName: "TelefonSeelsorge",
        purpose: "Free, anonymous listening for anyone in distress, in German.",
        hours: "24 hours, every day",
        contacts: [call("0800 111 0 111"), call("0800 111 0 222")],
        source: "https://www.telefonseelsorge.de/",
      },
    ],
  },
  FR: {
    code: "FR",
    name: "France",
    nameWithArticle: "France",
    emergency: [call("112"), call("15", { note: "medical emergencies (SAMU)" })],
    lines: [
      {
        name: "3114, numéro national de prévention du suicide",
        shortName: "suicide prevention line",
        purpose: "Free, confidential support from health professionals for people thinking about suicide and those around them, in French.",
        hours: "24 hours, every day",
        contacts: [call("3114")],
        source: "https://3114.fr/",
      },
    ],
  },
  NL: {
    code: "NL",
    name: "Netherlands",
    nameWithArticle: "the Netherlands",
    emergency: [call("112")],
    lines: [
      {
        name: "113 Zelfmoordpreventie",
        shortName: "113 Zelfmoordpreventie",
        purpose: "Free, anonymous support if you are thinking about suicide or worried about someone, in Dutch.",
        hours: "24 hours, every day",
        contacts: [call("113"), call("0800-0113")],
        source: "https://www.113.nl/",
      },
    ],
  },
  ES: {
    code: "ES",
    name: "Spain",
    nameWithArticle: "Spain",
    emergency: [call("112")],
    lines: [
      {
        name: "024, Línea de atención a la conducta suicida",
        shortName: "suicide prevention line",
        purpose: "Free, confidential support for people thinking about suicide and those close to them, in Spanish.",
        hours: "24 hours, every day",
        contacts: [call("024")],
        source: "https://www.sanidad.gob.es/linea024/home.htm",
      },
    ],
  },
  IN: {
    code: "IN",
    name: "India",
    nameWithArticle: "India",
    emergency: [call("112")],
    lines: [
      {
        name: "Tele-MANAS",
        shortName: "Tele-MANAS",
        purpose: "The government's free mental health helpline, with counsellors in 20 languages.",
        hours: "24 hours, every day",
        contacts: [call("14416"), call("1-800-891-4416")],
        source: "https://telemanas.mohfw.gov.in/",
      },
    ],
  },
  ZA: {
    code: "ZA",
    name: "South Africa",
    nameWithArticle: "South Africa",
    emergency: [call("112", { note: "from a mobile" }), call("10111", { note: "police" }), call("10177", { note: "ambulance" })],
    lines: [
      {
        name: "SADAG Suicide Crisis Helpline",
        shortName: "SADAG",
        purpose: "Free calls to trained counsellors of the South African Depression and Anxiety Group, if you are thinking about suicide or worried about someone.",
        contacts: [call("0800 567 567")],
        source: "https://www.sadag.org/",
      },
    ],
  },
};

export function isCrisisCountryCode(value: unknown): value is CrisisCountryCode {
  return typeof value === "string" && (crisisCountryCodes as readonly string[]).includes(value);
}

/** Countries in the order a chooser lists them: by name. */
export const crisisCountriesByName: readonly CrisisCountry[] = Object.values(crisisCountries).sort((a, b) => a.name.localeCompare(b.name, "en"));
