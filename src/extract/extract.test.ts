import { describe, expect, it } from 'vitest';
import { ExtractionResult } from '../domain/index.js';
import { extract } from './index.js';
import { TEST_KNOWLEDGE } from './test-knowledge.js';

const meta = (published: string | null = '2021-10-20') => ({
  title: null,
  author: null,
  published,
  publisher: 'Test Wire',
  url: null,
});
const run = (text: string, published: string | null = '2021-10-20') => {
  const result = extract({ text, meta: meta(published) }, TEST_KNOWLEDGE);
  ExtractionResult.parse(result); // always the contract
  return result;
};

describe('extract: modern reports', () => {
  it('an IED blast with place chain, victim, count and source', () => {
    const [e] = run(
      'On 14 October 2021 an IED killed a Taliban district police chief in Asadabad, Kunar province, Radio Free Europe/Gandhara reported.',
    ).events;
    expect(e?.type).toBe('attack.explosive');
    expect(e?.date).toMatchObject({ start: '2021-10-14', end: '2021-10-14', precision: 'day' });
    expect(e?.place).toMatchObject({ name: 'Asadabad', admin1: 'Kunar', country: 'AF', precision: 'point' });
    expect(e?.actors).toContainEqual(
      expect.objectContaining({ role: 'victim', mention: 'a Taliban district police chief', kind: 'group' }),
    );
    expect(e?.actors.some((a) => a.role === 'perpetrator')).toBe(false);
    expect(e?.casualties.killed).toEqual({ min: 1, max: 1 });
    expect(e?.attribution.source).toBe('Radio Free Europe/Gandhara');
    expect(e?.rules.length).toBeGreaterThan(3);
  });

  it('an arrest with arresting party, detainee and a learned alias', () => {
    const r = run(
      'Afghan intelligence (NDS) arrested ISKP leader Abdullah Orakzai, alias Aslam Farooqi, in Kabul on 6 April 2020.',
    );
    const [e] = r.events;
    expect(e?.type).toBe('arrest.arrest');
    expect(e?.date?.start).toBe('2020-04-06');
    expect(e?.place?.name).toBe('Kabul');
    expect(e?.actors).toContainEqual(
      expect.objectContaining({ role: 'arresting_party', entity: 'nds', kind: 'organization' }),
    );
    const detainee = e?.actors.find((a) => a.role === 'detainee');
    expect(detainee).toMatchObject({ name: 'Abdullah Orakzai', kind: 'person' });
    expect(r.entities.find((x) => x.id === detainee?.entity)?.aliases).toContain('Aslam Farooqi');
  });

  it('an aggregate claim', () => {
    const [e] = run('ISKP claimed about 500 killed in six attacks in ten weeks.').events;
    expect(e?.type).toBe('statement.aggregate');
    expect(e?.certainty).toBe('claimed');
    expect(e?.casualties.killed).toEqual({ min: 500, max: 500 });
    expect(e?.actors).toContainEqual(expect.objectContaining({ role: 'claimant', entity: 'iskp' }));
  });

  it('the date of a report bounds the event it tells', () => {
    const [e] = run('On October 14, Radio Free Europe said that an IED had killed three soldiers.').events;
    expect(e?.date).toMatchObject({ end: '2021-10-14', precision: 'range' });
    expect(e?.casualties.killed).toEqual({ min: 3, max: 3 });
  });

  it.each([
    ['Police denied that a bomb exploded in Kabul.', 'denied'],
    ['Militants were planning to bomb the embassy in Kabul.', 'hypothetical'],
    ['A bomb allegedly exploded in Kabul.', 'alleged'],
    ['A bomb exploded in Kabul.', 'confirmed'],
  ])('certainty of %j is %s', (text, certainty) => {
    expect(run(text).events[0]?.certainty).toBe(certainty);
  });

  it('takes a place only from the event sentence', () => {
    const r = run('The minister visited Kabul last week. Gunmen killed two guards at a checkpoint.');
    expect(r.events[0]?.place).toBeNull();
  });
});

describe('extract: wire reports without a publication date', () => {
  const types = (text: string) => run(text, null).events.map((e) => e.type);
  it.each([
    // merge.date-opening with merge.yearless-day: a sentence opening with another day tells another bombing
    [
      'another dynamite attack tonight against a branch office of the daily el espectador injured a policeman. several men threw a powerful bomb at the office. on 2 september the main offices of el espectador were destroyed by a powerful bomb.',
      ['attack.explosive', 'attack.explosive'],
    ],
    ['several men threw a powerful bomb at the office. the bomb destroyed the office.', ['attack.explosive']],
    // merge.outcome-only: the toll told sentences later is the bombing's
    [
      'a truck bomb exploded inside a gas station in bogota. firemen arrived soon. the station was closed. traffic was diverted. the mayor spoke to the press. the police are investigating. among the injured are pedro ortiz and abel portillo.',
      ['attack.explosive'],
    ],
    // trg.air-bombing: bombing by aircraft is an air strike
    ['we downed one of the planes that had been bombing the zacamil neighborhood.', ['airstrike.air']],
  ])('%s', (text, expected) => expect(types(text)).toEqual(expected));
});

describe('extract: robustness', () => {
  it('says so when nothing can be extracted, and when relative dates cannot be resolved', () => {
    const r = run('The weather was pleasant yesterday.', null);
    expect(r.events).toEqual([]);
    expect(r.warnings).toContain('no event found in the text');
    expect(r.warnings).toContain('no publication date: relative dates left unresolved');
  });

  it.each([
    ['control characters', 'A bomb\u0000 exploded\u0007 in Kabul.\u001b'],
    ['another script', 'انفجار بمب در کابل ۳ نفر را کشت. 爆炸造成三人死亡。'],
    ['a 100,000-character line', `${'killed '.repeat(14_000)}`],
    ['only punctuation', '!!!???...'],
    ['empty', ''],
  ])('does not crash on %s', (_, text) => {
    expect(() => run(text)).not.toThrow();
  });

  // How the time grows with size (1, 2 and 5 MB) is printed by `npm run bench:large`; here a 1 MB report
  // must simply come through whole, within the test's timeout.
  it('extracts from a 1 MB document', () => {
    const para =
      'Gunmen killed three soldiers in Kabul on 3 May 2021. The weather was fine and the markets were open. ';
    const text = para.repeat(Math.ceil(1_000_000 / para.length));
    const r = run(text);
    expect(r.events.length).toBeGreaterThan(0);
    expect(r.events.every((e) => e.evidence.every((ev) => text.slice(ev.start, ev.end) === ev.text))).toBe(true);
  }, 60_000);

  it('reads lower-case MUC-4 text', () => {
    const r = run(
      'members of the farabundo marti national liberation front (fmln) attacked an electric power substation in san salvador. a soldier guarding the substation was wounded.',
      null,
    );
    expect(r.events[0]?.type).toMatch(/^attack/);
    expect(r.events[0]?.place?.name).toBe('San Salvador');
  });
});

describe('extract: entities', () => {
  it('lists the entity of every event actor, also one the text names only through another (a regional branch)', () => {
    const result = extract({
      text: 'A suicide bomber killed 20 people at a rally in Mastung, Balochistan, on Friday. Islamic State said that one of its fighters had carried out the bombing.',
      meta: meta('2023-09-30'),
    });
    const claimant = result.events[0]?.actors.find((a) => a.role === 'claimant');
    expect(claimant?.entity).toBe('iskp');
    const ids = new Set(result.entities.map((e) => e.id));
    for (const e of result.events) for (const a of e.actors) if (a.entity) expect(ids).toContain(a.entity);
  });
});

describe('extract: forecasts', () => {
  it('keeps a planned strike apart from the attack told beside it (trg.planned-strike)', () => {
    const { events } = extract({
      text: 'In 2017 a gunman killed 39 people at a nightclub in Istanbul. Officials have warned that the group could try to strike other places of worship in Istanbul.',
      meta: meta('2024-01-29'),
    });
    expect(events.map((e) => [e.type, e.certainty])).toEqual([
      ['attack.armed', 'confirmed'],
      ['attack.other', 'hypothetical'],
    ]);
  });
});
