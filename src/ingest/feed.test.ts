import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { IngestedDocument } from '../domain/index.js';
import { documentsFromFeed } from './feed.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('documentsFromFeed', () => {
  it.each([
    {
      name: 'RSS 2.0',
      file: 'news.rss',
      expected: [
        {
          origin: 'feed#wire-1001',
          meta: {
            title: 'Drone strike on a weapons depot',
            author: 'Omar Saleh',
            published: '2024-03-05',
            publisher: 'Regional Security Wire',
            url: 'https://wire.example/2024/03/drone-strike',
          },
          text: 'A drone struck a weapons depot outside the city overnight, officials said.\n\nThere were no reported casualties.',
        },
        {
          origin: 'feed#wire-1002',
          meta: { title: 'Kidnapped engineers released', author: null, published: '2024-03-06' },
          text: 'Four engineers kidnapped last month were released unharmed on Wednesday, their employer said.',
        },
      ],
    },
    {
      name: 'Atom',
      file: 'alerts.atom',
      expected: [
        {
          origin: 'feed#urn:uuid:alert-1',
          meta: {
            title: 'Clashes at the northern crossing',
            author: 'Border Watch Desk',
            published: '2024-04-01',
            publisher: 'Border Watch Alerts',
            url: 'https://border.example/alerts/1',
          },
          text: 'Clashes broke out at the northern crossing on Monday evening.',
        },
        {
          origin: 'feed#urn:uuid:alert-2',
          meta: { title: 'Crossing reopened', published: '2024-04-03' },
          text: 'The crossing reopened to trucks on Wednesday morning.',
        },
      ],
    },
  ])('splits an $name feed into one document per item', async ({ file, expected }) => {
    const items = await documentsFromFeed(fixture(file), 'feed');
    expect(items).toHaveLength(expected.length);
    expected.forEach((want, i) => {
      expect(items[i]).toMatchObject({ ...want, format: 'feed' });
    });
  });

  it('never lets item markup or scripts into the text', async () => {
    const [first] = (await documentsFromFeed(fixture('news.rss'), 'feed')) as IngestedDocument[];
    expect(first?.text).not.toMatch(/<|alert/);
  });

  it('reports an item without text as a failure and keeps the others', async () => {
    const xml = fixture('news.rss').replace(/<description>Four engineers[^<]*<\/description>/, '');
    const items = await documentsFromFeed(xml, 'feed');
    expect(items[0]).toHaveProperty('contentHash');
    expect(items[1]).toEqual({ input: 'feed#wire-1002', error: 'no text found' });
  });

  it.each([
    ['not XML', 'just some words', /not a readable RSS\/Atom feed/],
    ['a feed without items', '<rss version="2.0"><channel><title>Empty</title></channel></rss>', /feed has no items/],
  ])('fails on %s', async (_, xml, message) => {
    await expect(documentsFromFeed(xml, 'feed')).rejects.toThrow(message);
  });
});
