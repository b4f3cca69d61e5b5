/**
 * Shared clean-up for every format's body text: one newline convention, no control characters,
 * no trailing spaces, paragraphs separated by exactly one blank line.
 */

// C0/C1 controls other than tab and newline, plus zero-width and bidi-override characters that
// could hide or reorder text in the UI.
const INVISIBLE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/**
 * @example cleanText('a \r\n\r\n\r\nb\u0000') // 'a\n\nb'
 */
export function cleanText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\u00a0/g, ' ')
    .replace(INVISIBLE, '')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Joins paragraphs with blank lines, dropping empty ones. */
export function joinParagraphs(paragraphs: string[]): string {
  return cleanText(
    paragraphs
      .map((p) => p.trim())
      .filter(Boolean)
      .join('\n\n'),
  );
}
