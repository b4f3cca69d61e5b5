/**
 * Folding names for matching: "Tehrik-i-Taliban Pakistan", "TEHRIK I TALIBAN PAKISTAN" and
 * "Tehrīk-i-Ṭālibān Pākistān" all become "tehrik i taliban pakistan".
 */
export function fold(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[‘’'`ʼ]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
