/**
 * A lookup table keyed by words of the text. It has no prototype, so a report that says
 * "constructor" finds nothing rather than Object.prototype.constructor (which once turned
 * "five constructor workers were killed" into a count of "05function Object() …").
 * @example wordTable({ dozens: 12 }).constructor // → undefined
 */
export const wordTable = <T>(entries: Record<string, T>): Readonly<Record<string, T>> =>
  Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));

const maps = new WeakMap<Readonly<Record<string, unknown>>, ReadonlyMap<string, unknown>>();

/**
 * The own entries of a table as a Map, made once per table. Stages that look up every token use
 * it: a Map finds a freshly cut token string at once, where a property lookup first searches
 * V8's table of property names for it (that search was most of the casualties stage's time).
 * @example wordMap({ dozens: 12 }).get('dozens') // → 12; wordMap({ dozens: 12 }).has('constructor') // → false
 */
export function wordMap<T>(table: Readonly<Record<string, T>>): ReadonlyMap<string, T> {
  let map = maps.get(table);
  if (!map) {
    map = new Map(Object.entries(table));
    maps.set(table, map);
  }
  return map as ReadonlyMap<string, T>;
}
