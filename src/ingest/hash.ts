import { createHash } from 'node:crypto';

/**
 * Whitespace-insensitive form of a text: Unicode NFC, every run of whitespace one space, trimmed.
 * Re-wrapped or re-indented copies of one article normalise to the same string.
 */
export function normaliseForHash(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/**
 * sha256 (hex) of the normalised text: the identity of a document's content.
 * @example contentHash('a  b\n') === contentHash('a b') // true
 */
export function contentHash(text: string): string {
  return createHash('sha256').update(normaliseForHash(text), 'utf8').digest('hex');
}
