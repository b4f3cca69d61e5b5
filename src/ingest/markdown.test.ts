import { describe, expect, it } from 'vitest';
import { documentFromMarkdown, stripMarkdown } from './markdown.js';

describe('stripMarkdown', () => {
  it.each([
    ['## A heading', 'A heading'],
    ['Some **bold** and *italic* and __strong__ and _em_', 'Some bold and italic and strong and em'],
    ['A [link](https://x.org) and [ref][1]\n\n[1]: https://y.org', 'A link and ref'],
    ['An image ![alt](a.png) here', 'An image  here'],
    ['`code` and ~~gone~~', 'code and gone'],
    ['> quoted line', 'quoted line'],
    ['* item one\n+ item two', '- item one\n- item two'],
    ['before\n\n---\n\nafter', 'before\n\nafter'],
    ['snake_case_name stays', 'snake_case_name stays'],
    ['<script>alert(1)</script>Safe <b onclick="x()">text</b>', 'Safe text'],
    ['Escaped \\*stars\\* and &amp; entity', 'Escaped *stars* and & entity'],
  ])('%j → %j', (input, expected) => {
    expect(stripMarkdown(input)).toBe(expected);
  });
});

describe('documentFromMarkdown', () => {
  it.each([
    {
      name: 'front matter',
      md: '---\ntitle: "Front title"\nauthor: Desk\ndate: 2024-02-18\nsource: https://example.org/a\n---\n\nBody *here*.',
      meta: { title: 'Front title', author: 'Desk', published: '2024-02-18', url: 'https://example.org/a' },
      text: 'Body here.',
    },
    {
      name: 'leading Title:/Date:/Source: lines',
      md: 'Title: Line title\nDate: 3 March 2024\nSource: Sahel Monitor\n\nBody.',
      meta: { title: 'Line title', published: '2024-03-03', publisher: 'Sahel Monitor' },
      text: 'Body.',
    },
    {
      name: 'first heading as title',
      md: '# Heading title\n\nFirst paragraph.\n\n## Section\n\nSecond.',
      meta: { title: 'Heading title', published: null },
      text: 'First paragraph.\n\nSection\n\nSecond.',
    },
    {
      name: 'a heading repeating the front-matter title is dropped',
      md: '---\ntitle: Same\n---\n# Same\n\nBody.',
      meta: { title: 'Same' },
      text: 'Body.',
    },
  ])('$name', ({ md, meta, text }) => {
    const doc = documentFromMarkdown(md, 'a.md');
    expect(doc.meta).toMatchObject(meta);
    expect(doc.text).toBe(text);
    expect(doc.format).toBe('md');
  });
});
