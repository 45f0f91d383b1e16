/** Letters that Unicode does not decompose into a base letter plus accent. */
const SPECIAL_LETTERS: Record<string, string> = {
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
}

/**
 * Folds text for matching what a receptionist types: lower case, accents removed, apostrophes
 * and hyphens treated as spaces ("Ó Súilleabháin" and "o suilleabhain" match; so do
 * "Jean-Luc" and "jean luc").
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[øæœßłđðþı]/g, (c) => SPECIAL_LETTERS[c] ?? c)
    .replace(/['’`\-‐.]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}
