/** Numbers for strings, in order of first sight: `const { ids, id } = interner(); id('bomb')` → 0, `id('car')` → 1, `id('bomb')` → 0. */
export function interner(): { ids: Map<string, number>; id: (s: string) => number } {
  const ids = new Map<string, number>();
  const id = (s: string): number => {
    const known = ids.get(s);
    if (known !== undefined) return known;
    ids.set(s, ids.size);
    return ids.size - 1;
  };
  return { ids, id };
}
