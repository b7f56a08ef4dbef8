/**
 * Shared FRUS documents for the format tests: FRUS 1961–1963, vol. VI, doc. 4 (the sample of the
 * research note, CITATION-FORMATS.md §0) and a few more.
 */
import { emptyVolume, type FrusDocument, type FrusVolume } from '../../src/document/model.js';
import { parseSourceNote } from '../../src/index.js';

/** The source note of doc. 4, as printed. */
export const SOURCE =
  'Source: Department of State, Central Files, 711.11-KE/1-2161. Unclassified; Niact. Drafted by McSweeney and Veliotes (SOV) and cleared by Goodpaster, Kretzmann, and Rusk. Another copy of this message is in the Kennedy Library, National Security Files, Countries Series, USSR, Khrushchev Correspondence. Also printed in Public Papers of the Presidents of the United States:John F. Kennedy, 1961, p. 3, and American Foreign Policy: Current Documents, 1961, p. 560.';

/** FRUS 1961–1963, vol. VI, as its TEI header and title page give it (CITATION-FORMATS.md §0). */
export const VOLUME_VI: FrusVolume = {
  id: 'frus1961-63v06',
  seriesTitle: 'Foreign Relations of the United States',
  subseries: '1961–1963',
  volumeNumber: '6',
  part: null,
  title: 'Kennedy-Khrushchev Exchanges',
  editors: ['Charles S. Sampson'],
  generalEditor: 'Glenn W. LaFantasie',
  publisher: 'Government Printing Office',
  place: 'Washington, DC',
  year: '1996',
};

export const doc4: FrusDocument = {
  volume: VOLUME_VI,
  number: '4',
  heading: 'Telegram From the Department of State to the Embassy in the Soviet Union',
  sender: 'Department of State',
  recipient: 'Embassy in the Soviet Union',
  genre: 'telegram',
  date: '1961-01-21T18:34:00-05:00',
  dateline: 'Washington, January 21, 1961, 6:34 p.m.',
  place: 'Washington',
  sourceNote: SOURCE,
  provenance: parseSourceNote(SOURCE),
  footnotes: [],
  url: 'https://history.state.gov/historicaldocuments/frus1961-63v06/d4',
  extra: {},
};

/** The volume of docs 1–5: FRUS 1961–1963, vol. VI, *Kennedy-Khrushchev Exchanges* (1996). */
export const volume6 = doc4.volume;

/** A document of volume VI with heading, dateline and source note (read as the parser reads it). */
function volume6Document(
  number: string,
  heading: string,
  parts: { sender: string | null; recipient: string | null; genre: string | null },
  date: string,
  place: string | null,
  sourceNote: string,
): FrusDocument {
  return {
    volume: volume6,
    number,
    heading,
    ...parts,
    date,
    dateline: null,
    place,
    sourceNote,
    provenance: parseSourceNote(sourceNote),
    footnotes: [],
    url: `https://history.state.gov/historicaldocuments/frus1961-63v06/d${number}`,
    extra: {},
  };
}

/** Doc. 1: printed from *American Foreign Policy: Current Documents*, no archival location. */
export const doc1 = volume6Document(
  '1',
  'Message From Chairman Khrushchev to President-elect Kennedy',
  { sender: 'Chairman Khrushchev', recipient: 'President-elect Kennedy', genre: 'message' },
  '1960-11-09',
  'Moscow',
  'Source:American Foreign Policy: Current Documents, 1960, p. 476. No classification marking.',
);

/** Doc. 3: a lot file of the Department, with a copy in the Kennedy Library; two senders. */
export const doc3 = volume6Document(
  '3',
  'Message From Chairmen Khrushchev and Brezhnev to President Kennedy',
  { sender: 'Chairmen Khrushchev and Brezhnev', recipient: 'President Kennedy', genre: 'message' },
  '1961-01-20',
  'Moscow',
  'Source: Department of State, Presidential Correspondence: Lot 66 D 204. No classification marking. The source text is a Department of State translation of a commercial telegram from Moscow. Another copy of this message is in the Kennedy Library, National Security Files, Countries Series, USSR, Khrushchev Correspondence. This message is also printed in Public Papers of the Presidents of the United States:John F. Kennedy, 1961, p. 3, and American Foreign Policy: Current Documents, 1961, p. 559.',
);

/** Doc. 5: a decimal file with two copies (Kennedy Library; a lot file). */
export const doc5 = volume6Document(
  '5',
  'Telegram From President Kennedy to Chairman Khrushchev',
  { sender: 'President Kennedy', recipient: 'Chairman Khrushchev', genre: 'telegram' },
  '1961-02-13',
  'Washington',
  'Source: Department of State, Central Files, 761.13/2-1361. Unclassified. Drafted by Rusk. A typed note on the source text indicates it was sent by commercial telegram. A copy of this message is also in the Kennedy Library, National Security Files, Countries Series, USSR, Khrushchev Correspondence, and Department of State, Presidential Correspondence: Lot 66 D 204.',
);

/**
 * A document outside the series (no FRUS id, no number): what a caller has for an archival item
 * known only from its source note and heading.
 */
export function looseDocument(overrides: Partial<FrusDocument> = {}): FrusDocument {
  const sourceNote = overrides.sourceNote ?? 'Source: Department of State, Central Files, 711.11-KE/1-2161. Unclassified.';
  return {
    volume: emptyVolume(),
    number: null,
    heading: 'Telegram From the Department of State to the Embassy in the Soviet Union',
    sender: 'Department of State',
    recipient: 'Embassy in the Soviet Union',
    genre: 'telegram',
    date: '1961-01-21',
    dateline: null,
    place: 'Washington',
    sourceNote,
    provenance: parseSourceNote(sourceNote),
    footnotes: [],
    url: null,
    extra: {},
    ...overrides,
  };
}
