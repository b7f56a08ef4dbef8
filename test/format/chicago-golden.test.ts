/**
 * Golden Chicago citations for documents of different kinds, eras and repositories. Every
 * expected string was written by hand from the rules (CMOS 14.111 for documents in published
 * collections, 14.127–14.128 for archival items; the research note's model for doc. 4) — never
 * from the program's output. Volume metadata are test inputs; documents marked "synthetic"
 * exercise a rule no corpus document covers.
 */
import { describe, expect, it } from 'vitest';
import { readHeading } from '../../src/document/heading.js';
import { emptyVolume, historyStateGovUrl, type FrusDocument, type FrusVolume } from '../../src/document/model.js';
import { volumeFromId } from '../../src/document/volume-id.js';
import { chicagoBibliography, chicagoNote, chicagoShortNote } from '../../src/format/chicago.js';
import { toCslArchival, toCslPublished } from '../../src/format/csl.js';
import { parseSourceNote } from '../../src/index.js';

const GPO = 'Government Printing Office';
function volume(id: string, subseries: string, volumeNumber: string, title: string, editors: string[], year: string, publisher = GPO): FrusVolume {
  return { ...emptyVolume(id), subseries, volumeNumber, title, editors, year, publisher, place: 'Washington, DC' };
}
const V = {
  v06: volume('frus1961-63v06', '1961–1963', '6', 'Kennedy-Khrushchev Exchanges', ['Charles S. Sampson'], '1996'),
  v05: volume('frus1961-63v05', '1961–1963', '5', 'Soviet Union', [], '1998'),
  v14: volume('frus1964-68v14', '1964–1968', '14', 'Soviet Union', ['David C. Humphrey', 'Charles S. Sampson'], '2001'),
  v12n: volume('frus1969-76v12', '1969–1976', '12', 'Soviet Union, January 1969–October 1970', ['Erin R. Mahan'], '2006'),
  v24: volume('frus1955-57v24', '1955–1957', '24', 'Soviet Union; Eastern Mediterranean', [], '1989'),
  v01e: volume('frus1958-60v01', '1958–1960', '1', 'Vietnam', ['Edward C. Keefer', 'David W. Mabon'], '1986'),
  v03r: volume('frus1981-88v03', '1981–1988', '3', 'Soviet Union, January 1981–January 1983', ['James Graham Wilson'], '2016', 'Government Publishing Office'),
  v01c: volume('frus1977-80v01', '1977–1980', '1', 'Foundations of Foreign Policy', ['Kristin L. Ahlberg'], '2014'),
  v1934: volume('frus1934v04', '1934', '4', 'The American Republics', [], '1951'),
  v1941: volume('frus1941v06', '1941', '6', 'The American Republics', [], '1963'),
  v1917s2: volume('frus1917Supp02v01', '1917', '1', 'Supplement 2, The World War', [], '1932'),
};

function doc(vol: FrusVolume, number: string, heading: string, date: string | null, place: string | null, note: string | null): FrusDocument {
  return {
    volume: vol,
    number,
    heading,
    ...readHeading(heading),
    date,
    dateline: null,
    place,
    sourceNote: note,
    provenance: note ? parseSourceNote(note) : null,
    footnotes: [],
    url: vol.id ? historyStateGovUrl(vol.id, number) : null,
    extra: {},
  };
}

const H = 'https://history.state.gov/historicaldocuments/';

interface Case {
  name: string;
  document: FrusDocument;
  note18?: string;
  note17?: string;
  short?: string;
  bibliography18?: string;
  bibliography17?: string;
  archival?: string;
  archivalShort?: string;
  archivalBibliography?: string;
  copy?: { index: number; note: string };
}

const CASES: Case[] = [
  {
    name: 'message, printed source as the source text (no archival location)',
    document: doc(V.v06, '1', 'Message From Chairman Khrushchev to President-elect Kennedy', '1960-11-09', 'Moscow', 'Source:American Foreign Policy: Current Documents, 1960, p. 476. No classification marking.'),
    note18: `Chairman Khrushchev to President-elect Kennedy, message, Moscow, November 9, 1960, in Foreign Relations of the United States, 1961–1963, vol. 6, Kennedy-Khrushchev Exchanges, ed. Charles S. Sampson (Government Printing Office, 1996), doc. 1, ${H}frus1961-63v06/d1.`,
    short: 'Chairman Khrushchev to President-elect Kennedy, November 9, 1960, doc. 1.',
    bibliography18: `Chairman Khrushchev. Message to President-elect Kennedy, November 9, 1960. In Foreign Relations of the United States, 1961–1963. Vol. 6, Kennedy-Khrushchev Exchanges, edited by Charles S. Sampson, doc. 1. Government Printing Office, 1996. ${H}frus1961-63v06/d1.`,
    // No archival location: the archival form falls back to the published one.
    archival: `Chairman Khrushchev to President-elect Kennedy, message, Moscow, November 9, 1960, in Foreign Relations of the United States, 1961–1963, vol. 6, Kennedy-Khrushchev Exchanges, ed. Charles S. Sampson (Government Printing Office, 1996), doc. 1, ${H}frus1961-63v06/d1.`,
  },
  {
    name: 'letter, lot file original and a presidential-library copy',
    document: doc(V.v06, '24', 'Letter From Chairman Khrushchev to President Kennedy', '1961-11-10', 'Moscow', 'Source: Department of State, Presidential Correspondence: Lot 77 D 163. Top Secret. Another copy is in the Kennedy Library, National Security Files, Countries Series, USSR, Khrushchev Correspondence.'),
    note17: `Chairman Khrushchev to President Kennedy, letter, Moscow, November 10, 1961, in Foreign Relations of the United States, 1961–1963, vol. 6, Kennedy-Khrushchev Exchanges, ed. Charles S. Sampson (Washington, DC: Government Printing Office, 1996), doc. 24, ${H}frus1961-63v06/d24.`,
    archival: 'Chairman Khrushchev to President Kennedy, letter, November 10, 1961, Lot 77 D 163, Presidential Correspondence, RG 59, National Archives, College Park, MD.',
    archivalShort: 'Chairman Khrushchev to President Kennedy, November 10, 1961, Lot 77 D 163.',
    archivalBibliography: 'General Records of the Department of State, Record Group 59. National Archives, College Park, MD.',
    copy: { index: 1, note: 'Chairman Khrushchev to President Kennedy, letter, November 10, 1961, National Security Files, Countries Series, USSR, Khrushchev Correspondence, John F. Kennedy Presidential Library, Boston.' },
  },
  {
    name: 'oral statement "by … to …", with an ibid. copy before the library copy',
    document: doc(V.v06, '91', 'Oral Statement by Chairman Khrushchev to President Kennedy', '1963-01-04', 'Moscow', 'Source: Department of State, Presidential Correspondence: Lot 77 D 163. No classification marking. The source text is a Department of State translation. The Russian-language text is ibid. Another copy of this message is in the Kennedy Library, National Security Files, Countries Series, USSR, Khrushchev Correspondence.'),
    note18: `Chairman Khrushchev to President Kennedy, oral statement, Moscow, January 4, 1963, in Foreign Relations of the United States, 1961–1963, vol. 6, Kennedy-Khrushchev Exchanges, ed. Charles S. Sampson (Government Printing Office, 1996), doc. 91, ${H}frus1961-63v06/d91.`,
    copy: { index: 2, note: 'Chairman Khrushchev to President Kennedy, oral statement, January 4, 1963, National Security Files, Countries Series, USSR, Khrushchev Correspondence, John F. Kennedy Presidential Library, Boston.' },
  },
  {
    name: 'memorandum of conversation at a presidential library, volume without editors',
    document: doc(V.v05, '102', 'Memorandum of Conversation', '1961-06-26', 'Washington', "Source: Kennedy Library, President's Office Files, USSR. Confidential."),
    note18: `Memorandum of Conversation, Washington, June 26, 1961, in Foreign Relations of the United States, 1961–1963, vol. 5, Soviet Union (Government Printing Office, 1998), doc. 102, ${H}frus1961-63v05/d102.`,
    short: 'Memorandum of Conversation, June 26, 1961, doc. 102.',
    bibliography18: `Memorandum of Conversation, June 26, 1961. In Foreign Relations of the United States, 1961–1963. Vol. 5, Soviet Union, doc. 102. Government Printing Office, 1998. ${H}frus1961-63v05/d102.`,
    archival: "Memorandum of Conversation, June 26, 1961, President's Office Files, USSR, John F. Kennedy Presidential Library, Boston.",
    archivalBibliography: "President's Office Files. John F. Kennedy Presidential Library, Boston.",
  },
  {
    name: 'intelligence estimate without a sender, at the Johnson Library',
    document: doc(V.v05, '160', 'National Intelligence Estimate', '1962-02-21', 'Washington', 'Source: Johnson Library, National Security File, National Intelligence Estimates. Secret. Submitted by the Director of Central Intelligence and concurred in by the U.S. Intelligence Board on February 21.'),
    note18: `National Intelligence Estimate, Washington, February 21, 1962, in Foreign Relations of the United States, 1961–1963, vol. 5, Soviet Union (Government Printing Office, 1998), doc. 160, ${H}frus1961-63v05/d160.`,
    archival: 'National Intelligence Estimate, February 21, 1962, National Security File, National Intelligence Estimates, Lyndon Baines Johnson Library, Austin, TX.',
  },
  {
    name: 'CIA transcript with a job number',
    document: doc(V.v05, '329', 'Transcript of Comments by Director of Central Intelligence McCone', '1963-06-11', 'Washington', 'Source: Central Intelligence Agency, DCI (McCone) Files, Speeches: Job 80-B01285A. Secret.'),
    archival: 'Transcript of Comments by Director of Central Intelligence McCone, June 11, 1963, Job 80-B01285A, DCI (McCone) Files, Speeches, Central Intelligence Agency, Langley, VA.',
  },
  {
    name: 'subject-numeric file in the Department’s Central Files',
    document: doc(V.v05, '371', 'Memorandum of Conversation', '1963-11-08', 'Washington', 'Source: Department of State, Central Files, INCO-WHEAT 17 USSR-US. Confidential; Limit Distribution. Drafted by Krimer.'),
    archival: 'Memorandum of Conversation, November 8, 1963, INCO-WHEAT 17 USSR-US, Central Files, RG 59, National Archives, College Park, MD.',
    archivalShort: 'Memorandum of Conversation, November 8, 1963, INCO-WHEAT 17 USSR-US.',
  },
  {
    name: 'telegram from an embassy, RG 59 at the National Archives, two editors',
    document: doc(V.v14, '12', 'Telegram From the Embassy in the Soviet Union to the Department of State', '1964-02-28', 'Moscow', 'Source: National Archives and Records Administration, RG 59, Central Files 1964–66, POL 7 US–USSR. Confidential. Repeated to London, Paris, Geneva, and USUN.'),
    note18: `Embassy in the Soviet Union to Department of State, telegram, Moscow, February 28, 1964, in Foreign Relations of the United States, 1964–1968, vol. 14, Soviet Union, ed. David C. Humphrey and Charles S. Sampson (Government Printing Office, 2001), doc. 12, ${H}frus1964-68v14/d12.`,
    bibliography17: `Embassy in the Soviet Union. Telegram to Department of State, February 28, 1964. In Foreign Relations of the United States, 1964–1968. Vol. 14, Soviet Union, edited by David C. Humphrey and Charles S. Sampson, doc. 12. Washington, DC: Government Printing Office, 2001. ${H}frus1964-68v14/d12.`,
    archival: 'Embassy in the Soviet Union to Department of State, telegram, February 28, 1964, POL 7 US–USSR, Central Files 1964–66, RG 59, National Archives, College Park, MD.',
    archivalBibliography: 'General Records of the Department of State, Record Group 59. National Archives, College Park, MD.',
  },
  {
    name: 'memorandum from the Secretary to the President at the Johnson Library',
    document: doc(V.v14, '233', 'Memorandum From Secretary of State Rusk to President Johnson', '1967-06-24', 'Washington', 'Source: Johnson Library, National Security File, Country File, Addendum, USSR, Glassboro Memcons. Top Secret. See Document 235.'),
    note18: `Secretary of State Rusk to President Johnson, memorandum, Washington, June 24, 1967, in Foreign Relations of the United States, 1964–1968, vol. 14, Soviet Union, ed. David C. Humphrey and Charles S. Sampson (Government Printing Office, 2001), doc. 233, ${H}frus1964-68v14/d233.`,
    archival: 'Secretary of State Rusk to President Johnson, memorandum, June 24, 1967, National Security File, Country File, Addendum, USSR, Glassboro Memcons, Lyndon Baines Johnson Library, Austin, TX.',
    archivalBibliography: 'National Security File. Lyndon Baines Johnson Library, Austin, TX.',
  },
  {
    name: 'Nixon Presidential Materials with a box',
    document: doc(V.v12n, '13', "Memorandum From the President's Assistant for National Security Affairs (Kissinger) to President Nixon", '1969-02-15', 'Washington', 'Source: National Archives, Nixon Presidential Materials, NSC Files, Box 340, Subject Files, USSR Memcons Dobrynin/President 2/17/69. Confidential; Nodis. Sent for action.'),
    note18: `President's Assistant for National Security Affairs (Kissinger) to President Nixon, memorandum, Washington, February 15, 1969, in Foreign Relations of the United States, 1969–1976, vol. 12, Soviet Union, January 1969–October 1970, ed. Erin R. Mahan (Government Printing Office, 2006), doc. 13, ${H}frus1969-76v12/d13.`,
    short: "President's Assistant for National Security Affairs (Kissinger) to President Nixon, February 15, 1969, doc. 13.",
    archival: "President's Assistant for National Security Affairs (Kissinger) to President Nixon, memorandum, February 15, 1969, Box 340, Nixon Presidential Materials, NSC Files, Subject Files, USSR Memcons Dobrynin/President 2/17/69, National Archives, College Park, MD.",
    archivalBibliography: 'Nixon Presidential Materials. National Archives, College Park, MD.',
  },
  {
    name: 'telephone transcript at the Library of Congress',
    document: doc(V.v12n, '122', "Transcript of Telephone Conversation Between Secretary of State Rogers and the President's Assistant for National Security Affairs (Kissinger)", '1970-01-31', 'Washington', 'Source: Library of Congress, Manuscript Division, Kissinger Papers, Box 361, Telephone Conversations, Chronological File. No classification marking.'),
    note18: `Transcript of Telephone Conversation Between Secretary of State Rogers and the President's Assistant for National Security Affairs (Kissinger), Washington, January 31, 1970, in Foreign Relations of the United States, 1969–1976, vol. 12, Soviet Union, January 1969–October 1970, ed. Erin R. Mahan (Government Printing Office, 2006), doc. 122, ${H}frus1969-76v12/d122.`,
    archival: "Transcript of Telephone Conversation Between Secretary of State Rogers and the President's Assistant for National Security Affairs (Kissinger), January 31, 1970, Box 361, Kissinger Papers, Telephone Conversations, Chronological File, Manuscript Division, Library of Congress, Washington, DC.",
    // CMOS 14.127: the collection is named first; the division goes with the repository.
    archivalBibliography: 'Kissinger Papers. Manuscript Division, Library of Congress, Washington, DC.',
  },
  {
    name: 'memorandum for the record, CIA job, box and folder',
    document: doc(V.v12n, '147', 'Memorandum for the Record', '1970-03-25', 'Washington', 'Source: Central Intelligence Agency, DCI Helms Chronological File, Job 80–B01285A, Box 11, Folder 9, Secret. Drafted by Helms.'),
    note18: `Memorandum for the Record, Washington, March 25, 1970, in Foreign Relations of the United States, 1969–1976, vol. 12, Soviet Union, January 1969–October 1970, ed. Erin R. Mahan (Government Printing Office, 2006), doc. 147, ${H}frus1969-76v12/d147.`,
    archival: 'Memorandum for the Record, March 25, 1970, Job 80–B01285A, Box 11, Folder 9, DCI Helms Chronological File, Central Intelligence Agency, Langley, VA.',
  },
  {
    name: 'paper prepared in the Department (sender, no recipient), lot file with a series',
    document: doc(V.v24, '101', 'Paper Prepared in the Department of State', '1956-06-06', 'Washington', 'Source: Department of State, S/P Files: Lot 62 D 1, East-West Exchanges. Confidential.'),
    note18: `Department of State, paper, Washington, June 6, 1956, in Foreign Relations of the United States, 1955–1957, vol. 24, Soviet Union; Eastern Mediterranean (Government Printing Office, 1989), doc. 101, ${H}frus1955-57v24/d101.`,
    short: 'Department of State, June 6, 1956, doc. 101.',
    bibliography18: `Department of State. Paper, June 6, 1956. In Foreign Relations of the United States, 1955–1957. Vol. 24, Soviet Union; Eastern Mediterranean, doc. 101. Government Printing Office, 1989. ${H}frus1955-57v24/d101.`,
    archival: 'Department of State, paper, June 6, 1956, Lot 62 D 1, S/P Files, East-West Exchanges, RG 59, National Archives, College Park, MD.',
  },
  {
    name: 'telegram in the decimal file, 1950s period',
    document: doc(V.v24, '190', 'Telegram From the Embassy in Greece to the Department of State', '1956-08-28', 'Athens', 'Source: Department of State, Central Files, 747C.00/8–1856. Secret; Priority. Repeated to Nicosia, Ankara, Paris, and London.'),
    archival: 'Embassy in Greece to Department of State, telegram, August 28, 1956, 747C.00/8–1856, Central Decimal File, 1955–59, RG 59, National Archives, College Park, MD.',
    archivalShort: 'Embassy in Greece to Department of State, August 28, 1956, 747C.00/8–1856.',
  },
  {
    name: 'official-informal letter between officials, 17th edition',
    document: doc(V.v01e, '140', 'Letter From the Ambassador in Vietnam (Durbrow) to the Assistant Secretary of State for Far Eastern Affairs (Parsons)', '1960-04-19', 'Saigon', 'Source: Department of State, Durbrow Files: Lot 68 D 404, Vietnam. Secret; Official–Informal.'),
    note17: `Ambassador in Vietnam (Durbrow) to Assistant Secretary of State for Far Eastern Affairs (Parsons), letter, Saigon, April 19, 1960, in Foreign Relations of the United States, 1958–1960, vol. 1, Vietnam, ed. Edward C. Keefer and David W. Mabon (Washington, DC: Government Printing Office, 1986), doc. 140, ${H}frus1958-60v01/d140.`,
    archival: 'Ambassador in Vietnam (Durbrow) to Assistant Secretary of State for Far Eastern Affairs (Parsons), letter, April 19, 1960, Lot 68 D 404, Durbrow Files, Vietnam, RG 59, National Archives, College Park, MD.',
  },
  {
    name: 'Central Foreign Policy File telegram, Government Publishing Office imprint',
    document: doc(V.v03r, '81', 'Telegram From the Department of State to the Embassy in the Soviet Union', '1981-08-26', 'Washington', 'Source: Department of State, Central Foreign Policy File, N810007–0481. Secret; Immediate; Nodis. Drafted by Rueckert; cleared by Stoessel, Eagleburger, Holdridge, Bremer, Simons, and Colson; approved by Haig.'),
    note18: `Department of State to Embassy in the Soviet Union, telegram, Washington, August 26, 1981, in Foreign Relations of the United States, 1981–1988, vol. 3, Soviet Union, January 1981–January 1983, ed. James Graham Wilson (Government Publishing Office, 2016), doc. 81, ${H}frus1981-88v03/d81.`,
    archival: 'Department of State to Embassy in the Soviet Union, telegram, August 26, 1981, N810007–0481, Central Foreign Policy File, RG 59, National Archives, College Park, MD.',
  },
  {
    name: 'memorandum at the Reagan Library with a box',
    document: doc(V.v03r, '16', 'Memorandum From Secretary of State Haig to President Reagan', '1981-02-06', 'Washington', 'Source: Reagan Library, Meese Files, Box CFOA 28, Secretary of State February 1981–July 1981 (1). Secret.'),
    archival: 'Secretary of State Haig to President Reagan, memorandum, February 6, 1981, Box CFOA 28, Meese Files, Secretary of State February 1981–July 1981 (1), Ronald Reagan Library, Simi Valley, CA.',
    archivalBibliography: 'Meese Files. Ronald Reagan Library, Simi Valley, CA.',
  },
  {
    name: 'memorandum with a sender and no recipient, at the Carter Library',
    document: doc(V.v01c, '59', 'Memorandum From the President’s Assistant for National Security Affairs (Brzezinski)', '1977-11-18', 'Washington', 'Source: Carter Library, National Security Affairs, Brzezinski Material, Subject File, Box 16, Economic Assistance Strategy: 10/77–5/78. Confidential.'),
    note18: `President’s Assistant for National Security Affairs (Brzezinski), memorandum, Washington, November 18, 1977, in Foreign Relations of the United States, 1977–1980, vol. 1, Foundations of Foreign Policy, ed. Kristin L. Ahlberg (Government Printing Office, 2014), doc. 59, ${H}frus1977-80v01/d59.`,
    bibliography18: `President’s Assistant for National Security Affairs (Brzezinski). Memorandum, November 18, 1977. In Foreign Relations of the United States, 1977–1980. Vol. 1, Foundations of Foreign Policy, edited by Kristin L. Ahlberg, doc. 59. Government Printing Office, 2014. ${H}frus1977-80v01/d59.`,
    archival: 'President’s Assistant for National Security Affairs (Brzezinski), memorandum, November 18, 1977, Box 16, National Security Affairs, Brzezinski Material, Subject File, Economic Assistance Strategy, 10/77–5/78, Jimmy Carter Library, Atlanta.',
  },
  {
    name: '1930s heading without a genre, bare file number with its form',
    document: doc(V.v1934, '260', 'The Ambassador in Brazil (Gibson) to the Secretary of State', '1934-09-15', 'Rio de Janeiro', '724.3415/4129: Telegram'),
    note18: `Ambassador in Brazil (Gibson) to Secretary of State, telegram, Rio de Janeiro, September 15, 1934, in Foreign Relations of the United States, 1934, vol. 4, The American Republics (Government Printing Office, 1951), doc. 260, ${H}frus1934v04/d260.`,
    archival: 'Ambassador in Brazil (Gibson) to Secretary of State, telegram, September 15, 1934, 724.3415/4129, Central Decimal File, 1930–39, RG 59, National Archives, College Park, MD.',
  },
  {
    name: '1940s memorandum of conversation "by" an official',
    document: doc(V.v1941, '215', 'Memorandum of Conversation, by the Under Secretary of State (Welles)', '1941-04-17', 'Washington', '865.85/482'),
    note18: `Under Secretary of State (Welles), memorandum of conversation, Washington, April 17, 1941, in Foreign Relations of the United States, 1941, vol. 6, The American Republics (Government Printing Office, 1963), doc. 215, ${H}frus1941v06/d215.`,
    bibliography18: `Under Secretary of State (Welles). Memorandum of conversation, April 17, 1941. In Foreign Relations of the United States, 1941. Vol. 6, The American Republics, doc. 215. Government Printing Office, 1963. ${H}frus1941v06/d215.`,
    archival: 'Under Secretary of State (Welles), memorandum of conversation, April 17, 1941, 865.85/482, Central Decimal File, 1940–44, RG 59, National Archives, College Park, MD.',
  },
  {
    name: 'editorial note (synthetic: no date, no source note)',
    document: doc(V.v06, '20', 'Editorial Note', null, null, null),
    note18: `Editorial Note, in Foreign Relations of the United States, 1961–1963, vol. 6, Kennedy-Khrushchev Exchanges, ed. Charles S. Sampson (Government Printing Office, 1996), doc. 20, ${H}frus1961-63v06/d20.`,
    short: 'Editorial Note, doc. 20.',
    bibliography18: `Editorial Note. In Foreign Relations of the United States, 1961–1963. Vol. 6, Kennedy-Khrushchev Exchanges, edited by Charles S. Sampson, doc. 20. Government Printing Office, 1996. ${H}frus1961-63v06/d20.`,
  },
  {
    name: 'heading without a genre and a note without a form (synthetic note), in a supplement of the First World War',
    document: doc(V.v1917s2, '12', 'The Ambassador in Great Britain (Page) to the Secretary of State', '1917-04-03', 'London', 'File No. 763.72/3612.'),
    note18: `Ambassador in Great Britain (Page) to Secretary of State, London, April 3, 1917, in Foreign Relations of the United States, 1917, vol. 1, Supplement 2, The World War (Government Printing Office, 1932), doc. 12, ${H}frus1917Supp02v01/d12.`,
    bibliography18: `Ambassador in Great Britain (Page). To Secretary of State, April 3, 1917. In Foreign Relations of the United States, 1917. Vol. 1, Supplement 2, The World War, doc. 12. Government Printing Office, 1932. ${H}frus1917Supp02v01/d12.`,
  },
  {
    name: 'conference volume known only by its id (synthetic note)',
    document: doc({ ...emptyVolume('frus1945Berlinv02'), ...volumeFromId('frus1945Berlinv02') }, '710', 'Truman-Stalin Meeting', null, null, 'Department of State Files. Top Secret.'),
    note18: `Truman-Stalin Meeting, in Foreign Relations of the United States, 1945, vol. 2, The Conference of Berlin (The Potsdam Conference), doc. 710, ${H}frus1945Berlinv02/d710.`,
  },
  {
    name: 'document from a list with no dates and only the volume id and title known',
    document: doc({ ...emptyVolume('frus1961-63v06'), title: 'Kennedy-Khrushchev Exchanges' }, '5', 'Telegram From President Kennedy to Chairman Khrushchev', null, null, 'Source: Department of State, Central Files, 761.13/2-1361. Unclassified. Drafted by Rusk.'),
    note18: `President Kennedy to Chairman Khrushchev, telegram, in Foreign Relations of the United States, Kennedy-Khrushchev Exchanges, doc. 5, ${H}frus1961-63v06/d5.`,
    archival: 'President Kennedy to Chairman Khrushchev, telegram, 761.13/2-1361, Central Decimal File, 1960–63, RG 59, National Archives, College Park, MD.',
  },
];

describe('Chicago golden documents', () => {
  it('covers at least twenty documents', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(20);
  });

  describe.each(CASES)('$name', (c) => {
    const d = c.document;
    if (c.note18) it('full note, 18th', () => expect(chicagoNote(d)).toBe(c.note18));
    if (c.note17) it('full note, 17th', () => expect(chicagoNote(d, { edition: 17 })).toBe(c.note17));
    if (c.short) it('short note', () => expect(chicagoShortNote(d)).toBe(c.short));
    if (c.bibliography18) it('bibliography, 18th', () => expect(chicagoBibliography(d)).toBe(c.bibliography18));
    if (c.bibliography17) it('bibliography, 17th', () => expect(chicagoBibliography(d, { edition: 17 })).toBe(c.bibliography17));
    if (c.archival) it('archival note', () => expect(chicagoNote(d, { form: 'archival' })).toBe(c.archival));
    if (c.archivalShort) it('archival short note', () => expect(chicagoShortNote(d, { form: 'archival' })).toBe(c.archivalShort));
    if (c.archivalBibliography) it('archival bibliography', () => expect(chicagoBibliography(d, { form: 'archival' })).toBe(c.archivalBibliography));
    if (c.copy) it(`archival note for copy ${c.copy.index}`, () => expect(chicagoNote(d, { form: 'archival', copy: c.copy!.index })).toBe(c.copy!.note));
  });
});

describe('CSL types follow the heading', () => {
  it('uses personal_communication with sender and recipient, manuscript with the heading as title otherwise', () => {
    const [letter, memcon, oldTelegram] = [CASES[1]!.document, CASES[3]!.document, CASES[18]!.document];
    expect(toCslPublished(letter)).toMatchObject({ type: 'personal_communication', genre: 'letter' });
    expect(toCslPublished(memcon)).toMatchObject({ type: 'manuscript', title: 'Memorandum of Conversation' });
    expect(toCslPublished(oldTelegram)).toMatchObject({ type: 'personal_communication', genre: 'telegram', author: [{ literal: 'Ambassador in Brazil (Gibson)' }] });
    expect(toCslArchival(oldTelegram, oldTelegram.provenance!.primary!, 'original').custom?.inferred).toEqual([
      'Central Decimal File, 1930–39',
      'RG 59',
      'National Archives',
      'College Park, MD',
    ]);
  });
});

describe('markup safety', () => {
  it('escapes HTML and Markdown in every value (synthetic heading)', () => {
    const d = doc(V.v06, '99', 'Letter From <script>alert(1)</script> & Co to *Bold* [link]', null, null, null);
    const html = chicagoNote(d, { format: 'html' });
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co to *Bold* [link], letter');
    expect(html).not.toContain('<script>');
    expect(chicagoNote(d, { format: 'markdown' })).toContain('\\<script\\>alert(1)\\</script\\> & Co to \\*Bold\\* \\[link\\], letter');
  });
});
