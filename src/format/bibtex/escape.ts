/**
 * TeX for field values: escaping plain text, checking that braces balance, making URLs safe for a
 * braced field and writing personal and corporate names the way BibTeX splits name lists.
 *
 * @module
 */
const TEX_REPLACEMENTS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\textbraceleft{}',
  '}': '\\textbraceright{}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
  '<': '\\textless{}',
  '>': '\\textgreater{}',
  '\u2013': '--',
  '\u2014': '---',
};
/** The LaTeX specials, dashes, runs of whitespace and control characters (one character class or one run each: linear). */
const TEX_SPECIAL = /[\\{}&%$#_~^<>\u2013\u2014]|\s+|[\u0000-\u0008\u000e-\u001f\u007f]/g;

/**
 * Escapes plain text for a BibTeX/BibLaTeX field value: the LaTeX specials `# $ % & ~ _ ^ \ { }`
 * (braces as `\textbraceleft{}`/`\textbraceright{}`, so BibTeX's brace counting is not
 * disturbed), `<` and `>`, en and em dashes as `--` and `---`; whitespace runs become one space
 * and control characters are dropped. Other Unicode is kept as is (biber and inputenc read UTF-8).
 *
 * @example
 * ```ts
 * escapeLatex('50% & \\input{x}'); // '50\\% \\& \\textbackslash{}input\\textbraceleft{}x\\textbraceright{}'
 * ```
 */
export function escapeLatex(text: string): string {
  return text.replace(TEX_SPECIAL, (match) => {
    const replacement = TEX_REPLACEMENTS[match];
    if (replacement !== undefined) return replacement;
    return /^\s+$/.test(match) ? ' ' : '';
  });
}

/** Whether a field value has balanced braces (BibTeX counts every brace, escaped or not). */
export function balanced(value: string): boolean {
  let depth = 0;
  for (const ch of value) {
    if (ch === '{') depth++;
    else if (ch === '}' && --depth < 0) return false;
  }
  return depth === 0;
}

/** URL-safe: percent-encodes what a URL cannot contain and what would break a braced field. */
export function safeUrl(url: string): string {
  return url
    .trim()
    .replace(/%(?![0-9A-Fa-f]{2})/g, '%25') // a stray "%" (not an escape) is itself escaped
    .replace(/[\s{}\\"<>^`|]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** A corporate or other literal name: `{{Department of State}}` once written (inner braces here). */
export function literalName(name: string): string {
  return `{${escapeLatex(name.trim())}}`;
}

const NAME_SUFFIX = /^(?:Jr\.?|Sr\.?|II|III|IV)$/;

/** A personal name as written (`Charles S. Sampson`) → `Sampson, Charles S.` (last word is the family name). */
function personName(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const suffix = words.length > 2 && NAME_SUFFIX.test(words[words.length - 1]!) ? words.pop() : undefined;
  const family = words.pop() ?? '';
  // A part holding a comma or "=" would be read as another name part (`Family, Suffix, Given`)
  // or as BibLaTeX's `key=value` name format: such a part is braced, so it stays one part.
  const parts = [family, ...(suffix ? [suffix] : []), ...(words.length ? [words.join(' ')] : [])].map((part) => {
    const escaped = escapeLatex(part);
    return /[,=]/.test(part) ? `{${escaped}}` : escaped;
  });
  const written = parts.join(', ');
  // BibTeX splits name lists on " and " at brace level 0; keep such a name whole.
  return /\sand\s/i.test(written) ? `{${written}}` : written;
}

/** A list of personal names joined with ` and `. */
export function personNames(names: readonly string[]): string {
  return names.filter((n) => n.trim()).map(personName).join(' and ');
}
