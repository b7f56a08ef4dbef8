import { describe, expect, it } from 'vitest';
import { documentFromNote } from '../../src/document/from-note.js';
import { volumeFromId } from '../../src/document/volume-id.js';
import { chicagoNote } from '../../src/format/chicago.js';

describe('volumeFromId', () => {
  it.each([
    ['frus1961-63v06', { subseries: '1961–1963', volumeNumber: '6' }],
    ['frus1941v06', { subseries: '1941', volumeNumber: '6' }],
    ['frus1948v05p1', { subseries: '1948', volumeNumber: '5', part: '1' }],
    ['frus1952-54v12p2', { subseries: '1952–1954', volumeNumber: '12', part: '2' }],
    ['frus1914-20v01', { subseries: '1914–1920', volumeNumber: '1' }],
    ['frus1969-76ve14p1', { subseries: '1969–1976', volumeNumber: 'E–14', part: '1' }],
    ['frus1981-88v03', { subseries: '1981–1988', volumeNumber: '3' }],
    ['frus1861', { subseries: '1861' }],
    ['frus1862p1', { subseries: '1862', part: '1' }],
    ['frus1999-00v01', { subseries: '1999–2000', volumeNumber: '1' }],
  ])('reads %s', (id, volume) => {
    expect(volumeFromId(id)).toEqual(volume);
  });

  it.each([
    ['frus1945Berlinv02', { subseries: '1945', volumeNumber: '2', title: 'The Conference of Berlin (The Potsdam Conference)' }],
    ['frus1945Malta', { subseries: '1945', title: 'The Conferences at Malta and Yalta' }],
    ['frus1943CairoTehran', { subseries: '1943', title: 'The Conferences at Cairo and Tehran' }],
    ['frus1919Parisv03', { subseries: '1919', volumeNumber: '3', title: 'The Paris Peace Conference' }],
    ['frus1918Russiav01', { subseries: '1918', volumeNumber: '1', title: 'Russia' }],
    ['frus1917Supp02v01', { subseries: '1917', volumeNumber: '1', title: 'Supplement 2' }],
    ['frus1918Supp02', { subseries: '1918', title: 'Supplement 2' }],
    ['frus1914Supp', { subseries: '1914', title: 'Supplement' }],
    ['frus1894app1', { subseries: '1894', title: 'Appendix 1' }],
    ['frus1917-72PubDipv01', { subseries: '1917–1972', volumeNumber: '1', title: 'Public Diplomacy' }],
    // One word, two titles: the years tell them apart.
    ['frus1945-50Intel', { subseries: '1945–1950', title: 'Emergence of the Intelligence Establishment' }],
    ['frus1950-55Intel', { subseries: '1950–1955', title: 'The Intelligence Community, 1950–1955' }],
  ])('reads the special volume %s with its title', (id, volume) => {
    expect(volumeFromId(id)).toEqual(volume);
  });

  // An unknown word: its years and number would name another book (`1941, vol. 1`).
  it.each(['frus1941-43Conf', 'frus1945Unknownv01', 'frus1958-60v02-04mSupp', 'frus1961-63v06x', 'FRUS1961-63v06', '', null, undefined])(
    'reads nothing from %s',
    (id) => {
      expect(volumeFromId(id)).toEqual({});
    },
  );
});

describe('a note cited with only its volume id', () => {
  it('gives the years and number of the volume in the citation', () => {
    const document = documentFromNote('Source: Department of State, Central Files, 761.51/1–3061. Top Secret; Eyes Only.', {
      volume: 'frus1961-63v05',
      doc: 'd19',
      head: 'Telegram From the Embassy in the Soviet Union to the Department of State',
      dateline: 'Moscow, January 30, 1961, 6 p.m.',
      date: '1961-01-30',
    });
    expect(document.volume).toMatchObject({ id: 'frus1961-63v05', subseries: '1961–1963', volumeNumber: '5', part: null });
    expect(chicagoNote(document)).toContain('in Foreign Relations of the United States, 1961–1963, vol. 5, doc. 19,');
  });

  it('lets metadata given by the caller win over the id', () => {
    const document = documentFromNote('Source: Department of State, Central Files, 761.51/1–3061.', { volume: 'frus1961-63v05', doc: 'd19' }, { volumeNumber: 'V', title: 'Soviet Union' });
    expect(document.volume).toMatchObject({ subseries: '1961–1963', volumeNumber: 'V', title: 'Soviet Union' });
  });
});
