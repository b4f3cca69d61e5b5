import type { Generated } from 'kysely';

/** Append-only log of analyst judgements; the shown state is computed by replaying it. */
export interface DecisionsTable {
  id: Generated<number>;
  at: string;
  user: string;
  /** `edit`, `status`, `merge`, `split`, `link`, `undo`, `entity-merge`, `alias-add`, `alias-remove` */
  action: string;
  /** `event` or `entity` */
  scope: string;
  target_id: string;
  other_id: string | null;
  /** JSON: `{ before, after, ... }` */
  payload: string;
}

/** Admiralty reliability grade (A–F) per source or publisher. */
export interface SourcesTable {
  name_key: string;
  name: string;
  reliability: string;
}
