/** JSON columns are TEXT on both dialects; these keep (de)serialising in one place. */
export const toJson = (value: unknown): string => JSON.stringify(value ?? null);

export function fromJson<T>(text: string | null | undefined, fallback: T): T {
  if (text === null || text === undefined || text === '') return fallback;
  return JSON.parse(text) as T;
}

/** ISO timestamp of now; one function so tests and rows agree on the format. */
export const nowIso = (): string => new Date().toISOString();

/** Splits rows into batches that stay under both dialects' bound-parameter limits. */
export function chunks<T>(items: readonly T[], size = 200): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** PostgreSQL returns count(*) as a string (bigint); SQLite as a number. */
export const toCount = (value: unknown): number => Number(value ?? 0);
