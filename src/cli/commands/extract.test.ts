import { describe, expect, it } from 'vitest';
import { BatchOutput } from '../../domain/index.js';
import { batchLine } from './extract.js';

describe('vigil extract --batch, one line', () => {
  it.each([
    ['{"id":"a","text":"A bomb exploded in Kabul.","published":"2021-10-20"}', 'a', 1, []],
    ['{"id":"b","text":"Nothing happened."}', 'b', 0, ['no event found in the text']],
    ['not json', '', 0, ['input line is not JSON']],
    ['{"id":"c"}', 'c', 0, ['invalid input']],
  ])('%s → id %j, %i events', async (line, id, events, warnings) => {
    const out = BatchOutput.parse(await batchLine(line));
    expect(out.id).toBe(id);
    expect(out.events).toHaveLength(events);
    for (const w of warnings) expect(out.warnings.join(' ')).toContain(w);
  });
});
