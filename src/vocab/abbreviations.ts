/**
 * Abbreviations that end in a full stop without ending the sentence (`vol.`, `U.S.`, `p.m.`),
 * written in lower case with their inner dots and without the final one.
 *
 * @module
 */

/** Words that end in a full stop without ending the sentence, in lower case, without the final stop. */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'p', 'pp', 'vol', 'vols', 'no', 'nos', 'mr', 'mrs', 'ms', 'dr', 'st', 'gen', 'adm', 'lt', 'col',
  'capt', 'maj', 'sen', 'rep', 'amb', 'jr', 'sr', 'inc', 'co', 'corp', 'dept', 'ed', 'eds', 'ff',
  'cf', 'e.g', 'i.e', 'u.s', 'd.c', 'a.m', 'p.m', 'etc', 'supp', 'sec', 'gov', 'messrs', 'rev',
  'ltd', 'bros', 'n.y', 'u.n', 'u.k', 'u.s.s.r', 'ca', 'approx', 'fig', 'nr', 'esq', 'hon',
  // `Paris Peace Conf. 185.1/85`: the conference's file collection; `46 Stat. 2343`: the Statutes at Large.
  'conf', 'stat',
  // The congressional documents of the nineteenth-century volumes (`House Ex. Doc. No. 1`, `Senate Misc. Doc. 45`).
  'ex', 'misc',
  // Parts of archival files and papers (`pt. 2`, `ser. 3`, `encl. 1`, `att. A`, `sect. 4`, `para. 6`, `fol. 12`, `doc. 28`).
  'pt', 'pts', 'ser', 'encl', 'encls', 'att', 'sect', 'secs', 'para', 'paras', 'fol', 'fols', 'doc', 'docs',
  // The label of a records-centre accession (`Acc. No. 65 A 3501`).
  'acc',
  // The Reagan Library's Executive Secretariat abbreviated (`Exec. Sec., NSC, Country File`), an Executive Order (`Exec. Order 12333`).
  'exec',
  // Months as dates abbreviate them (`on Feb. 21`).
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/**
 * Abbreviations that close a citation, in lower case, without the final stop: the stop is the
 * word's, so the content keeps it, yet a capital after it opens a new sentence (`House Ex. Doc.
 * No. 1, 43d Cong., 1st sess. Also printed in …`), as no word of {@link ABBREVIATIONS} allows.
 */
export const CLOSING_ABBREVIATIONS: ReadonlySet<string> = new Set(['sess']);

/**
 * Labels of the units of a Russian archive's citation, in lower case, without the final stop:
 * fond, opis', papka, delo, list(y) (`AVP RF, f. 0129, op. 61, p. 399, d. 5, l. 1–10`); and the
 * carton of the INR/IL Historical Files (`303 Committee Files, c. 75, February 1970`), written
 * the same way (also circa before a year, `c. 1950`). Before a number their stop ends nothing;
 * before a word it may end a sentence, as a letter's may.
 */
// The Central Committee's fond 89 writes perechen' and dokument (`f. 89, per. 64, dok. 11`).
export const NUMBERED_UNIT_ABBREVIATIONS: ReadonlySet<string> = new Set(['f', 'op', 'd', 'l', 'll', 'c', 'per', 'dok']);

/**
 * Suffixes of a name after a comma, in lower case, without the final stop (`Matlock, Jr.`): the
 * splitter lets their stop end a sentence before a capitalised word, and a path joins them to the
 * name of the segment before (`Papers of Arthur M. Schlesinger, Jr.`).
 */
export const NAME_SUFFIX_ABBREVIATIONS: ReadonlySet<string> = new Set(['jr', 'sr']);

/**
 * Small words of a clause, in lower case: a capital after one of them written in capitals is an
 * office or a file code's letter (`APPROVED IN S.`, `CLEARED BY EUR AND S.`), never the initial of a
 * name, so its full stop may end the sentence.
 */
export const CLAUSE_SMALL_WORDS: ReadonlySet<string> = new Set([
  'in', 'at', 'by', 'and', 'or', 'of', 'to', 'for', 'on', 'the', 'with', 'from', 'as',
]);

/**
 * Labels, in lower case, that a letter or a Roman numeral designates after them (`TAB A.`,
 * `VOLUME V.`, `PART B.`): the capital after one is no initial, so its full stop may end the
 * sentence.
 */
export const LETTERED_LABELS: ReadonlySet<string> = new Set([
  'tab', 'volume', 'vol', 'part', 'book', 'annex', 'appendix', 'enclosure', 'attachment', 'section', 'series', 'exhibit', 'schedule', 'table', 'chapter', 'plan', 'option', 'alternative', 'phase', 'group',
]);

/**
 * Prepositions, in lower case, after which a single capital names an office (`approved in S.`,
 * `Drafted at S.`), not the initial of a name: its full stop may end the sentence.
 */
export const OFFICE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at']);

/**
 * Words, in lower case, after which a single `I`, `V` or `X` is a roman numeral (`Part I of V.`,
 * `Part V. Drafted by …`, `Tab X.`), not the initial of a name: its full stop may end the sentence.
 */
export const NUMERAL_LABELS: ReadonlySet<string> = new Set(['of', 'part', 'vol', 'volume', 'section', 'annex', 'appendix', 'tab', 'book', 'chapter']);

/**
 * Words, in lower case, that open a sentence of a note in telegram capitals (`REPEATED TO
 * MOSCOW`, `DRAFTED BY …`, `SECRET`): after `EUR S.` such a word opens the next sentence and is
 * no surname, so the letter before the full stop is no initial (`BY GRANT G. HILLIKER`).
 */
export const SENTENCE_OPENING_WORDS: ReadonlySet<string> = new Set([
  'repeated', 'sent', 'pouched', 'passed', 'copied', 'relayed', 'transmitted', 'also', 'another', 'printed', 'received', 'this',
  'drafted', 'prepared', 'redrafted', 'recorded', 'transcribed', 'dictated', 'cleared', 'concurred', 'approved', 'submitted', 'initialed', 'initialled', 'signed', 'revised', 'typed',
  'secret', 'confidential', 'unclassified', 'top', 'limited', 'official', 'no',
]);
