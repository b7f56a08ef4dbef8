import { describe, expect, it } from 'vitest';
import { readHeading } from '../../src/document/heading.js';

describe('readHeading', () => {
  it.each([
    ['4. Telegram From the Department of State to the Embassy in the Soviet Union', 'telegram', 'Department of State', 'Embassy in the Soviet Union'],
    ['Message From Chairman Khrushchev to President-elect Kennedy', 'message', 'Chairman Khrushchev', 'President-elect Kennedy'],
    ['Message From Chairmen Khrushchev and Brezhnev to President Kennedy', 'message', 'Chairmen Khrushchev and Brezhnev', 'President Kennedy'],
    ['Letter From President Kennedy to Chairman Khrushchev', 'letter', 'President Kennedy', 'Chairman Khrushchev'],
    ['Memorandum From the Special Assistant to the President (Rostow) to President Johnson', 'memorandum', 'Special Assistant to the President (Rostow)', 'President Johnson'],
    ['Memorandum From President Johnson to the Special Assistant to the President (Rostow)', 'memorandum', 'President Johnson', 'Special Assistant to the President (Rostow)'],
    ['Telegram From the Mission to the United Nations to the Department of State', 'telegram', 'Mission to the United Nations', 'Department of State'],
    ['Circular Telegram From the Department of State to Certain Diplomatic Missions', 'circular telegram', 'Department of State', 'Certain Diplomatic Missions'],
    ['Paper Prepared in the Department of State', 'paper', 'Department of State', null],
    ['Memorandum by the Secretary of State', 'memorandum', 'Secretary of State', null],
    ['Memorandum of Conversation', 'memorandum of conversation', null, null],
    ['Summary Record of the 517th Meeting of the National Security Council', 'summary record', null, null],
    ['Editorial Note', 'editorial note', null, null],
    ['Memorandum of Telephone Conversation', 'memorandum of telephone conversation', null, null],
    ['Notes of a Meeting', 'notes', null, null],
    ['Oral Statement by Ambassador Thompson', 'oral statement', 'Ambassador Thompson', null],
    ['The Secretary of State to President Wilson', null, 'Secretary of State', 'President Wilson'],
    ['The Ambassador in Italy (Page) to the Secretary of State', null, 'Ambassador in Italy (Page)', 'Secretary of State'],
    ['Letter to Chairman Khrushchev', 'letter', null, 'Chairman Khrushchev'],
    ['Memorandum of Conversation, by the Under Secretary of State (Welles)', 'memorandum of conversation', 'Under Secretary of State (Welles)', null],
    // The conference volumes head the record of a meeting with the meeting: no genre, and no names lower-cased into one.
    ['Truman–Stalin Meeting', null, null, null],
    ['Roosevelt–Churchill Luncheon Meeting', null, null, null],
    ['Tripartite Dinner Meeting', null, null, null],
    ['Second Plenary Session', null, null, null],
    ['Briefing Book Paper', 'briefing book paper', null, null],
  ])('%s', (heading, genre, sender, recipient) => {
    expect(readHeading(heading)).toEqual({ genre, sender, recipient });
  });
});
