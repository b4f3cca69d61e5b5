/**
 * Rule `arg.among-the-dead`: "Among the dead was Mawlawi Hamdullah Mokhlis, a Taliban commander":
 * the person named after "among the dead / killed / victims … was / were" is a victim of the
 * attack told last, in this sentence or up to two before. Only a name the names stage found
 * counts (a person, or a group: "among the dead were ISKP fighters").
 */
import { type Argument, type NameMention, nameArgument, type Token, type Trigger } from '../annotated.js';

const CASUALTY_NOUNS = new Set(['dead', 'killed', 'victims', 'wounded', 'injured']);
const COPULAS = new Set(['was', 'were']);
/** How many sentences back the attack may be told. */
const REACH = 2;
const VICTIM_CLASSES = new Set(['attack', 'airstrike']);

export function amongTheDead(
  text: string,
  tokens: Token[],
  triggers: readonly Trigger[],
  names: readonly NameMention[],
): Argument[] {
  const out: Argument[] = [];
  for (let i = 0; i + 4 < tokens.length; i++) {
    if (tokens[i]?.norm !== 'among' || tokens[i + 1]?.norm !== 'the') continue;
    const noun = tokens[i + 2]?.norm ?? '';
    if (!CASUALTY_NOUNS.has(noun) || !COPULAS.has(tokens[i + 3]?.norm ?? '')) continue;
    const name = names.find((n) => n.from === i + 4 || n.from === i + 5); // after a title the name may start one word later
    if (!name) continue;
    const sentence = tokens[i]?.sentence ?? 0;
    const attack = triggers.findLast(
      (t) => t.from < i && t.sentence >= sentence - REACH && VICTIM_CLASSES.has(t.type.split('.')[0] ?? ''),
    );
    if (!attack) continue;
    const injured = noun === 'wounded' || noun === 'injured';
    out.push(
      nameArgument(text, tokens, name, attack, 'victim', injured ? 'arg.among-the-wounded' : 'arg.among-the-dead'),
    );
  }
  return out;
}
