/**
 * Failures are values, not crashes: every reader throws `IngestError` with a short reason, and the
 * batch driver turns it into an `IngestFailure` naming the input, then goes on with the next one.
 */
import type { IngestedDocument, IngestFailure } from '../domain/index.js';

export type { IngestFailure };

/** A reason a person can act on ("not a PDF (looks like HTML)"), always one line. */
export class IngestError extends Error {
  override name = 'IngestError';
}

/**
 * True for the failure half of `readInputs`' output.
 * @example for await (const x of readInputs(paths, {})) if (isIngestFailure(x)) console.error(x.error);
 */
export function isIngestFailure(x: IngestedDocument | IngestFailure | unknown): x is IngestFailure {
  return (
    typeof x === 'object' &&
    x !== null &&
    'error' in x &&
    'input' in x &&
    typeof (x as IngestFailure).error === 'string'
  );
}

/** Builds a failure from anything thrown; unexpected errors keep their message, squeezed to one line. */
export function toFailure(input: string, err: unknown): IngestFailure {
  const message = err instanceof Error ? err.message : String(err);
  return { input, error: oneLine(message) || 'unknown error' };
}

export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
