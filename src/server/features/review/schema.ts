/**
 * Shapes of the actor-split API. Zod only, so the web app can import the inferred types without
 * pulling in the server.
 */
import { z } from 'zod';

/** POST /api/entities/:id/split: the names to move (the actor's own name may be one) and the new actor's name. */
export const EntitySplitBody = z.object({
  aliases: z.array(z.string().trim().min(1)).min(1).describe('names of the actor to move to the new one'),
  name: z.string().trim().min(1).optional().describe('the new actor’s name; default: the first moved name'),
});
export type EntitySplitBody = z.infer<typeof EntitySplitBody>;

/** The new actor, and the decision to pass to POST /api/entities/:id/undo to take the split back. */
export const EntitySplitResult = z.object({ newEntityId: z.string(), decisionId: z.number().int() });
export type EntitySplitResult = z.infer<typeof EntitySplitResult>;

export const DecisionBody = z.object({ decisionId: z.number().int() });
