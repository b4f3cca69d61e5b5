/** Small HTTP helpers shared by feature routes. */

/** Throws a 404 that the server's error handler turns into `{ error }`. */
export function notFound(what: string): never {
  throw Object.assign(new Error(`${what} not found`), { statusCode: 404 });
}

/** Throws a 400 with a message naming what was wrong. */
export function badRequest(message: string): never {
  throw Object.assign(new Error(message), { statusCode: 400 });
}
