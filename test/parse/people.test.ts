import { describe, expect, it } from 'vitest';
import { readPeople, ROLE_VERBS, startsWithRoleVerb } from '../../src/parse/people.js';
import type { Span } from '../../src/parse/span.js';

const span = (text: string): Span => ({ text, start: 0, end: text.length });
const names = (people: ReturnType<typeof readPeople>) => ({
  drafters: people.drafters.map((p) => p.name),
  clearances: people.clearances.map((p) => p.name),
  approvers: people.approvers.map((p) => p.name),
});

describe('role verbs', () => {
  // The patterns spell the verbs out; the table says what each one fills.
  it.each(Object.entries(ROLE_VERBS))('%s fills %s', (verb, role) => {
    for (const written of [verb, verb[0]!.toUpperCase() + verb.slice(1), verb.toUpperCase()]) {
      const people = names(readPeople(span(`${written} by Smith`)));
      expect(people).toEqual({
        drafters: role === 'drafters' ? ['Smith'] : [],
        clearances: role === 'clearances' ? ['Smith'] : [],
        approvers: role === 'approvers' ? ['Smith'] : [],
      });
      expect(startsWithRoleVerb(span(`${written} by Smith`))).toBe(role !== null);
    }
  });

  it('ends a clause at any verb, even one that fills no list', () => {
    expect(names(readPeople(span('Drafted by Smith and initialed by Jones; cleared by Brown')))).toEqual({
      drafters: ['Smith'],
      clearances: ['Brown'],
      approvers: [],
    });
  });

  it('does not take a verb inside a word', () => {
    expect(startsWithRoleVerb(span('Draftedness by Smith'))).toBe(false);
    expect(names(readPeople(span('Drafted by Unsigned-Smith')))).toEqual({ drafters: ['Unsigned-Smith'], clearances: [], approvers: [] });
  });
});

describe('dates of a clause', () => {
  const dated = (text: string) => readPeople(span(text)).drafters.map((p) => [p.name, p.office, p.date]);

  it('reads months written out or abbreviated', () => {
    expect(dated('Drafted by Laingen and Lincoln on June 29')).toEqual([
      ['Laingen', undefined, 'June 29'],
      ['Lincoln', undefined, 'June 29'],
    ]);
    expect(dated('Drafted by Davies (EUR/SOV) on Feb. 21')).toEqual([['Davies', 'EUR/SOV', 'Feb. 21']]);
    expect(dated('Drafted by Gleason on Sept. 3, 1961')).toEqual([['Gleason', undefined, 'Sept. 3, 1961']]);
  });

  it('does not take a name for a month', () => {
    expect(dated('Drafted by Mayer on Marchand')).toEqual([['Mayer on Marchand', undefined, undefined]]);
  });
});

