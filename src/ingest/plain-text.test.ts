import { describe, expect, it } from 'vitest';
import { contentHash } from './hash.js';
import { documentFromText } from './plain-text.js';

describe('documentFromText', () => {
  it.each([
    {
      name: 'headline, Published line and body',
      text: 'Car bomb kills five\n\nPublished: 12 January 2024\n\nA car bomb exploded on Friday.',
      title: 'Car bomb kills five',
      published: '2024-01-12',
      body: 'A car bomb exploded on Friday.',
    },
    {
      name: 'dateline gives the day',
      text: 'Checkpoint attacked\n\nBEIRUT, March 3, 2024 (Wire) - Gunmen attacked a checkpoint.',
      title: 'Checkpoint attacked',
      published: '2024-03-03',
      body: 'BEIRUT, March 3, 2024 (Wire) - Gunmen attacked a checkpoint.',
    },
    {
      name: 'leading Key: value lines',
      text: 'Title: Raid on a village\nDate: 2023-11-02\nAuthor: A. Analyst\nSource: Wire Service\n\nThe raid began at dawn.',
      title: 'Raid on a village',
      published: '2023-11-02',
      body: 'The raid began at dawn.',
    },
    {
      name: 'headline, byline and date line without colons',
      text: 'ISKP prepares a revival\nBy A. Analyst and J. Smith\nPublished 4 November 2021\n\nThe group has regrouped in Kunar.',
      title: 'ISKP prepares a revival',
      published: '2021-11-04',
      body: 'The group has regrouped in Kunar.',
    },
    {
      name: 'a body that opens with "By" is not a byline',
      text: 'By Monday, the Taliban had retaken the district, officials said.\nTwo police died.',
      title: null,
      published: null,
      body: 'By Monday, the Taliban had retaken the district, officials said.\nTwo police died.',
    },
    {
      name: 'a first line that is a sentence is body, not title',
      text: 'Gunmen attacked a checkpoint on Monday, officials said.\nThree soldiers died.',
      title: null,
      published: null,
      body: 'Gunmen attacked a checkpoint on Monday, officials said.\nThree soldiers died.',
    },
  ])('$name', ({ text, title, published, body }) => {
    const doc = documentFromText(text, undefined, 'x.txt');
    expect(doc.meta.title).toBe(title);
    expect(doc.meta.published).toBe(published);
    expect(doc.text).toBe(body);
    expect(doc.format).toBe('txt');
  });

  it('lets explicit meta override what the text says', () => {
    const doc = documentFromText('Old title\n\nBody text here.', { title: 'New title', publisher: 'Desk' });
    expect(doc.meta).toMatchObject({ title: 'New title', publisher: 'Desk' });
    expect(doc.origin).toMatch(/^text:[0-9a-f]{16}$/);
  });

  it.each([
    ['KABUL, March 25 (Vigil Wire) - Gunmen stormed a temple.', 'Vigil Wire'],
    ['MOSUL, Jan 12 (Wire) – A car bomb exploded.', 'Wire'],
    ['Officials (who asked not to be named) - said so.', null],
  ])('takes the agency of a wire dateline as publisher: %s', (body, publisher) => {
    expect(documentFromText(`Headline here\n\n${body}`).meta.publisher).toBe(publisher);
  });

  it('reads a byline without a colon as the author', () => {
    expect(documentFromText('Kabul after the fall\nBy A. Analyst\n\nBody.').meta.author).toBe('A. Analyst');
  });

  it('reads Author and Source lines into meta', () => {
    const doc = documentFromText('Title: T\nAuthor: A. Analyst\nSource: Wire Service\n\nBody.');
    expect(doc.meta).toMatchObject({ author: 'A. Analyst', publisher: 'Wire Service' });
  });

  it('refuses text that is only whitespace', () => {
    expect(() => documentFromText(' \n\t\n')).toThrow(/no text/);
  });
});

describe('contentHash', () => {
  it.each([
    ['re-wrapped lines', 'one two\nthree', 'one two three'],
    ['extra blank lines and indentation', 'a\n\n\n  b  ', 'a b'],
    ['Windows line endings', 'a\r\nb', 'a\nb'],
    ['decomposed accents', 'cafe\u0301', 'caf\u00e9'],
  ])('is the same across %s', (_, left, right) => {
    expect(contentHash(left)).toBe(contentHash(right));
  });

  it('differs when the words differ', () => {
    expect(contentHash('five killed')).not.toBe(contentHash('six killed'));
    expect(contentHash('x')).toMatch(/^[0-9a-f]{64}$/);
  });
});
