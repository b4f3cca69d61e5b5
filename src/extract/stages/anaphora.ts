/**
 * Rule `arg.anaphora.*`: a phrase that points back to an organisation named earlier resolves to
 * it — "its special forces" to the organisation the sentence (or a recent one) named last,
 * "the group" to the armed group named last. Nothing resolves further back than REACH sentences.
 */
import type { NameMention, Token, TokenSpan } from '../annotated.js';

/** How many sentences back an anaphor may look for its antecedent. */
export const REACH = 4;
const POSSESSIVES = new Set(['its', 'their']);
const GROUP_WORDS = new Set(['group', "group's"]);
/** Members only armed groups have: "its fighters" points to an armed group, "its forces" to any body. */
const NON_STATE_MEMBERS = new Set(['fighters', 'militants', 'gunmen', 'members', 'cells', 'planners', 'bombers']);

/**
 * `resolveAnaphor(tokens, span, sentence, names)` → the name mention the phrase points back to, or
 * null. `names` are all the document's name mentions in text order.
 */
export function resolveAnaphor(
  tokens: Token[],
  span: TokenSpan,
  sentence: number,
  names: readonly NameMention[],
  head = '',
): { antecedent: NameMention; rule: string } | null {
  const words = tokens.slice(span.from, span.to).map((t) => t.norm);
  // binary search for the last name that starts before the phrase: linear documents stay linear
  let lo = 0;
  let hi = names.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((names[mid]?.from ?? 0) < span.from) lo = mid + 1;
    else hi = mid;
  }
  const before = (ok: (n: NameMention) => boolean) => {
    for (let k = lo - 1; k >= 0; k--) {
      const n = names[k];
      if (!n || n.from >= span.from) continue;
      if (n.sentence < sentence - REACH) return null;
      if (!ok(n)) continue;
      const host = appositiveHost(tokens, names, k);
      return host && ok(host) ? host : n;
    }
    return null;
  };
  // "the group", and "the group's planners" (one token: the tokenizer keeps the possessive on its word)
  const groupAt = words.findIndex((w, i) => GROUP_WORDS.has(w) && words[i - 1] === 'the');
  if (groupAt >= 0) {
    const n = before((m) => m.actor.category === 'armed_group');
    return n ? { antecedent: n, rule: 'arg.anaphora.the-group' } : null;
  }
  if (POSSESSIVES.has(words[0] ?? '') && words.length > 1) {
    const armed = NON_STATE_MEMBERS.has(head);
    const n = before((m) => m.actor.kind === 'organization' && (!armed || m.actor.category === 'armed_group'));
    return n ? { antecedent: n, rule: 'arg.anaphora.its' } : null;
  }
  return null;
}

/** How far into an appositive a name may stand: "JNIM, al Qaeda's affiliate", "Al-Shabaab, which is linked to al Qaeda". */
const APPOSITIVE_REACH = 6;
/**
 * Rule `arg.anaphora.appositive-host`: a name inside the appositive or relative clause that describes
 * another name is not what "its" points back to; the name described is ("JNIM, al Qaeda's affiliate
 * in the Sahel, said its fighters had …", "Al-Shabaab, which is linked to al Qaeda, said its …").
 * `k` indexes `names`; returns the described name, or null when `names[k]` stands on its own.
 */
export function appositiveHost(tokens: Token[], names: readonly NameMention[], k: number): NameMention | null {
  const n = names[k];
  if (!n) return null;
  let comma = -1;
  for (let i = n.from - 1; i >= Math.max(0, n.from - APPOSITIVE_REACH); i--) {
    const w = tokens[i]?.norm ?? '';
    if (tokens[i]?.sentence !== n.sentence || /^[;:.]$/.test(w)) return null;
    if (w === ',') {
      comma = i;
      break;
    }
  }
  if (comma < 0) return null;
  // the appositive closes with a comma after the name, before its clause goes on
  let closed = false;
  for (let i = n.to; i < n.to + APPOSITIVE_REACH && tokens[i]?.sentence === n.sentence; i++)
    if (tokens[i]?.norm === ',') {
      closed = true;
      break;
    }
  if (!closed) return null;
  for (let j = k - 1; j >= 0; j--) {
    const m = names[j];
    if (!m || m.sentence !== n.sentence) return null;
    // ("Jama'at Nusrat al-Islam wal-Muslimin (JNIM), …": the bracketed short name may end the host)
    if (m.to === comma || (m.to === comma - 1 && tokens[comma - 1]?.norm === ')')) return m;
    if (m.to < comma - 1) return null;
  }
  return null;
}
