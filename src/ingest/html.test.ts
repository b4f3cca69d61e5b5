import { describe, expect, it } from 'vitest';
import { documentFromHtml } from './html.js';
import { ARTICLE_HTML, HOSTILE_HTML } from './html-fixtures.js';

const PARAGRAPH =
  'Security forces said the attackers fled towards the hills after the exchange of fire, and a search was under way.';

describe('documentFromHtml: boilerplate', () => {
  const doc = documentFromHtml(ARTICLE_HTML, { url: 'https://monitor.example/security/x?ref=home' });

  it('keeps the article paragraphs, separated by blank lines', () => {
    expect(doc.text.split('\n\n')).toHaveLength(4);
    expect(doc.text).toMatch(/^Gunmen attacked an army checkpoint west of Tal Afar/);
    expect(doc.text).toMatch(/hundreds of lorries every day\.$/);
  });

  it.each([
    ['navigation', 'Politics'],
    ['cookie banner', 'cookies'],
    ['share buttons', 'Share on'],
    ['subscription box', 'Subscribe'],
    ['subscription heading', 'Daily security briefing'],
    ['related stories', 'Roadside bomb'],
    ['footer', 'All rights reserved'],
    ['repeated headline', 'Gunmen attack checkpoint near Tal Afar'],
    ['byline', 'By Lena Haddad'],
  ])('drops the %s', (_, words) => {
    expect(doc.text).not.toContain(words);
  });

  it('reads metadata from meta tags and the canonical link', () => {
    expect(doc.meta).toEqual({
      title: 'Gunmen attack checkpoint near Tal Afar',
      author: 'Lena Haddad',
      published: '2024-03-04',
      publisher: 'Northern Monitor',
      url: 'https://monitor.example/security/2024/03/checkpoint-attack',
    });
    expect(doc.format).toBe('html');
    expect(doc.origin).toBe('https://monitor.example/security/x?ref=home');
  });
});

describe('documentFromHtml: metadata sources', () => {
  const page = (head: string, body = `<p>${PARAGRAPH}</p>`) =>
    `<html><head>${head}</head><body><article>${body}</article></body></html>`;

  it.each([
    {
      name: 'JSON-LD datePublished and author list',
      head: '<script type="application/ld+json">{"@graph":[{"@type":"WebSite"},{"@type":"NewsArticle","headline":"LD title","datePublished":"2023-12-01T10:00:00Z","author":[{"name":"A One"},{"name":"B Two"}],"publisher":{"name":"LD News"}}]}</script>',
      expected: { title: 'LD title', published: '2023-12-01', author: 'A One, B Two', publisher: 'LD News' },
    },
    {
      name: '<title> with the site suffix removed and a <time> element',
      head: '<title>Plain title | Site Name</title><meta property="og:site_name" content="Site Name">',
      body: `<time datetime="2022-07-15">15 July</time><p>${PARAGRAPH}</p>`,
      expected: { title: 'Plain title', published: '2022-07-15', publisher: 'Site Name' },
    },
    {
      name: 'malformed JSON-LD is ignored',
      head: '<title>T</title><script type="application/ld+json">{not json</script><meta name="date" content="2021-01-02">',
      expected: { title: 'T', published: '2021-01-02' },
    },
    {
      name: 'a profile URL in article:author is not an author name',
      head: '<meta property="article:author" content="https://social.example/someone">',
      expected: { author: null },
    },
  ])('$name', ({ head, body, expected }) => {
    expect(documentFromHtml(page(head, body)).meta).toMatchObject(expected);
  });
});

describe('documentFromHtml: sanitising', () => {
  const doc = documentFromHtml(HOSTILE_HTML, { origin: 'hostile.html' });

  it('keeps the statement text', () => {
    expect(doc.text).toContain('eleven civilians');
    expect(doc.text).toContain('Read the full statement for details.');
  });

  it.each([
    '<',
    '>',
    'script',
    'alert',
    'onerror',
    'onload',
    'javascript:',
    'document.cookie',
    'svg text',
    'Enable JavaScript',
  ])('leaves no %j in the text', (needle) => {
    expect(doc.text.toLowerCase()).not.toContain(needle.toLowerCase());
  });

  it('refuses a javascript: canonical URL', () => {
    expect(doc.meta.url).toBeNull();
  });
});

describe('documentFromHtml: broken and sparse pages', () => {
  it.each([
    ['unclosed tags without a body element', '<html><p>Short note <b>about the raid', 'Short note about the raid'],
    ['a fragment', '<div>One line</div><div>Another line</div>', 'One line\n\nAnother line'],
    ['text with line breaks', '<p>first<br>second</p>', 'first\nsecond'],
  ])('falls back to the body text for %s', (_, html, text) => {
    expect(documentFromHtml(html).text).toBe(text);
  });

  it('fails only when there is no text at all', () => {
    expect(() => documentFromHtml('<html><body><script>x()</script><nav>Menu</nav></body></html>')).toThrow(
      /no readable text/,
    );
  });
});
