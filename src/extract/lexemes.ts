/**
 * Every distinct token form the process has seen gets a number (its lexeme) once, and what the
 * stages ask of a word — its id in the tagger's vocabulary, its relevance weight, whether a place
 * name starts with it — is kept per lexeme in an array. Without it each token's string was hashed
 * and compared once per table that looks it up (relevance, tagger, gazetteer, actor and source
 * indexes), and each such lookup, run after other stages had pushed that table out of the cache,
 * cost a few cache misses; now a token costs one string lookup per document and array reads.
 */
import type { Token } from './annotated.js';
import { keyTable } from './knowledge/key-table.js';

/**
 * The most lexemes kept. The table lives as long as the process (a server's too), so it is bounded:
 * 262,144 forms, about 30 MB with the arrays of the stages at most (MUC-4 train and dev have 30,000);
 * past it, a new form is looked up in each table as before.
 */
const MAX_LEXEMES = 1 << 18;
const table = keyTable(1 << 15);

/** The lexeme of `word`, or -1 once the table is full and `word` is not in it. */
export function lexemeOf(word: string): number {
  const known = table.find(word);
  if (known >= 0 || table.size >= MAX_LEXEMES) return known;
  return table.intern(word);
}

const byTokens = new WeakMap<Token[], Int32Array>();
/** The lexeme of each token's `norm`, made once per document (tokens array) and shared by the stages. */
export function tokenLexemes(tokens: Token[]): Int32Array {
  let lexemes = byTokens.get(tokens);
  if (!lexemes) {
    lexemes = new Int32Array(tokens.length);
    for (let i = 0; i < tokens.length; i++) lexemes[i] = lexemeOf(tokens[i]?.norm ?? '');
    byTokens.set(tokens, lexemes);
  }
  return lexemes;
}

const NOT_YET = -(2 ** 31);
/**
 * A function of a word, remembered per lexeme: `const idOf = perLexeme((w) => vocab.find(w))`, then
 * `idOf(lexeme, word)` computes `vocab.find(word)` the first time that lexeme is asked and reads an
 * array afterwards. The result must be an integer other than -2³¹ and depend on the word alone.
 */
export function perLexeme(compute: (word: string) => number): (lexeme: number, word: string) => number {
  let values = new Int32Array(0);
  return (lexeme, word) => {
    if (lexeme < 0) return compute(word);
    if (lexeme >= values.length) {
      const grown = new Int32Array(Math.max(1024, table.size * 2)).fill(NOT_YET);
      grown.set(values);
      values = grown;
    }
    const known = values[lexeme] as number;
    if (known !== NOT_YET) return known;
    const value = compute(word);
    values[lexeme] = value;
    return value;
  };
}
