import { describe, expect, it } from 'vitest';
import { languageWarning } from './language.js';
import { segment } from './segment.js';

describe('languageWarning', () => {
  it.each([
    { text: 'انفجار في كابول أدى إلى مقتل خمسة أشخاص', warning: /Arabic script/ },
    { text: 'Взрыв в Кабуле унёс жизни пяти человек', warning: /Cyrillic script/ },
    {
      text: 'Una bomba explotó ayer frente a la comisaría central de Kabul y mató a cinco personas, según fuentes policiales locales que pidieron no ser identificadas por razones de seguridad',
      warning: /does not read as English/,
    },
    {
      text: 'A roadside bomb killed five people in Kabul on Thursday, police said, and the Taliban denied any role in the attack on the convoy near the city.',
      warning: null,
    },
    { text: 'guerrillas attacked the farm where president cerezo was staying, the army said.', warning: null },
    { text: 'Kābul, Mazār-e Sharīf and Herāt', warning: null },
    { text: '', warning: null },
  ])('$text', ({ text, warning }) => {
    const found = languageWarning(segment(text).tokens);
    if (warning === null) expect(found).toBeNull();
    else expect(found).toMatch(warning);
  });
});
