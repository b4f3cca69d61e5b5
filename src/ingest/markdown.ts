/**
 * Markdown to plain text: metadata from a front-matter block or leading `Title:`-style lines (or
 * the first `# heading`), then the markup is stripped so only the words a reader sees remain.
 */
import type { DocumentMeta, IngestedDocument } from '../domain/index.js';
import { definedMeta, makeDocument } from './document.js';
import { readHeaderLine, takeHeaderLines } from './plain-text.js';
import { cleanText } from './text-clean.js';

/** Inline and block rewrites, in order; each is data with an id so a failing case names its rule. */
const MARKUP_RULES: { id: string; re: RegExp; to: string }[] = [
  {
    id: 'raw-html-dangerous-block',
    re: /<(script|style|iframe|noscript|template|object)\b[\s\S]*?<\/\1\s*>/gi,
    to: '',
  },
  { id: 'html-comment', re: /<!--[\s\S]*?-->/g, to: '' },
  { id: 'raw-html-tag', re: /<\/?[a-zA-Z][^>]*>/g, to: '' },
  { id: 'code-fence', re: /^[ \t]*(```|~~~).*$/gm, to: '' },
  { id: 'reference-definition', re: /^[ \t]{0,3}\[[^\]]+\]:[ \t]+\S+.*$/gm, to: '' },
  { id: 'horizontal-rule', re: /^[ \t]{0,3}([-*_])([ \t]*\1){2,}[ \t]*$/gm, to: '' },
  { id: 'setext-underline', re: /^[ \t]{0,3}(=+|-+)[ \t]*$/gm, to: '' },
  { id: 'heading', re: /^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t]*#*[ \t]*$/gm, to: '$1' },
  { id: 'blockquote', re: /^[ \t]{0,3}>[ \t]?/gm, to: '' },
  { id: 'bullet', re: /^([ \t]*)[*+][ \t]+/gm, to: '$1- ' },
  { id: 'image', re: /!\[([^\]]*)\]\([^)]*\)/g, to: '' },
  { id: 'link', re: /\[([^\]]+)\]\([^)]*\)/g, to: '$1' },
  { id: 'reference-link', re: /\[([^\]]+)\]\[[^\]]*\]/g, to: '$1' },
  { id: 'autolink', re: /<(https?:\/\/[^>\s]+)>/g, to: '$1' },
  { id: 'strong', re: /(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, to: '$2' },
  { id: 'emphasis-star', re: /(^|[^*\w])\*(?=\S)([^*\n]*?\S)\*(?!\*)/g, to: '$1$2' },
  { id: 'emphasis-underscore', re: /(^|\W)_(?=\S)([^_\n]*?\S)_(?!\w)/g, to: '$1$2' },
  { id: 'strikethrough', re: /~~(.+?)~~/g, to: '$1' },
  { id: 'inline-code', re: /`([^`]+)`/g, to: '$1' },
];

/** Escaped ASCII punctuation travels through the rules as a private-use character. */
const ESCAPED = /\\([\\`*_{}[\]()#+\-.!>~|])/g;
const ESCAPE_BASE = 0xe000;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

/**
 * @example stripMarkdown('## A *bold* [link](http://x)') // 'A bold link'
 */
export function stripMarkdown(markdown: string): string {
  // Escaped characters are set aside first so that no rule mistakes them for markup.
  let text = markdown.replace(ESCAPED, (_, ch: string) => String.fromCharCode(ESCAPE_BASE + ch.charCodeAt(0)));
  for (const rule of MARKUP_RULES) text = text.replace(rule.re, rule.to);
  text = text.replace(/[\ue000-\ue07f]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - ESCAPE_BASE));
  text = text.replace(/&(amp|lt|gt|quot|apos|nbsp|#39);/g, (_, name: string) => ENTITIES[name] ?? '');
  return cleanText(text);
}

/** A `---` YAML-like block of `key: value` lines at the very top. */
function takeFrontMatter(lines: string[]): { meta: Partial<DocumentMeta>; rest: string[] } {
  if (lines[0]?.trim() !== '---') return { meta: {}, rest: lines };
  const end = lines.findIndex((line, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(line));
  if (end < 0) return { meta: {}, rest: lines };
  const meta: Partial<DocumentMeta> = {};
  for (const line of lines.slice(1, end)) readHeaderLine(line.replace(/^(\w+):\s*["']?(.*?)["']?\s*$/, '$1: $2'), meta);
  return { meta, rest: lines.slice(end + 1) };
}

/** Takes the first `# heading` as the title when it opens the body. */
function takeLeadingHeading(lines: string[]): { title: string | null; rest: string[] } {
  const first = lines.findIndex((l) => l.trim() !== '');
  const match = first >= 0 ? /^[ \t]{0,3}#\s+(.+?)\s*#*\s*$/.exec(lines[first]!) : null;
  if (!match) return { title: null, rest: lines };
  return { title: stripMarkdown(match[1]!), rest: lines.slice(first + 1) };
}

/**
 * @example documentFromMarkdown('---\ntitle: T\ndate: 2024-03-01\n---\nBody *text*', 'a.md').text // 'Body text'
 */
export function documentFromMarkdown(markdown: string, origin: string, meta?: Partial<DocumentMeta>): IngestedDocument {
  const lines = cleanText(markdown).split('\n');
  const front = takeFrontMatter(lines);
  const header = takeHeaderLines(front.rest);
  const found = { ...front.meta, ...header.meta };
  const heading = takeLeadingHeading(header.rest);
  // The leading heading is the title, or a repeat of the front matter's title: either way not body text.
  const repeatsTitle = heading.title?.toLowerCase() === found.title?.toLowerCase();
  const body = !found.title || repeatsTitle ? heading.rest : header.rest;
  found.title ??= heading.title ?? undefined;
  return makeDocument({
    text: stripMarkdown(body.join('\n')),
    format: 'md',
    origin,
    meta: { ...found, ...definedMeta(meta) },
  });
}
