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
  { id: 'raw-html-dangerous-block', re: /<(script|style|iframe|noscript|template|object)\b[\s\S]*?<\/\1\s*>/gi, to: '' },
  { id: 'html-comment', re: /<!--[\s\S]*?-->/g, to: '' },
  { id: 'raw-html-tag', re: /<\/?[a-zA-Z][^>]*>/g, to: '' },
  { id: 'code-fence', re: /^\s*(```|~~~).*$/gm, to: '' },
  { id: 'reference-definition', re: /^\s{0,3}\[[^\]]+\]:\s+\S+.*$/gm, to: '' },
  { id: 'horizontal-rule', re: /^\s{0,3}([-*_])(\s*\1){2,}\s*$/gm, to: '' },
  { id: 'setext-underline', re: /^\s{0,3}(=+|-+)\s*$/gm, to: '' },
  { id: 'heading', re: /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/gm, to: '$1' },
  { id: 'blockquote', re: /^\s{0,3}>\s?/gm, to: '' },
  { id: 'bullet', re: /^(\s*)[*+]\s+/gm, to: '$1- ' },
  { id: 'image', re: /!\[([^\]]*)\]\([^)]*\)/g, to: '$1' },
  { id: 'link', re: /\[([^\]]+)\]\([^)]*\)/g, to: '$1' },
  { id: 'reference-link', re: /\[([^\]]+)\]\[[^\]]*\]/g, to: '$1' },
  { id: 'autolink', re: /<(https?:\/\/[^>\s]+)>/g, to: '$1' },
  { id: 'strong', re: /(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, to: '$2' },
  { id: 'emphasis-star', re: /(^|[^*\w])\*(?=\S)([^*\n]*?\S)\*(?!\*)/g, to: '$1$2' },
  { id: 'emphasis-underscore', re: /(^|\W)_(?=\S)([^_\n]*?\S)_(?!\w)/g, to: '$1$2' },
  { id: 'strikethrough', re: /~~(.+?)~~/g, to: '$1' },
  { id: 'inline-code', re: /`([^`]+)`/g, to: '$1' },
  { id: 'escape', re: /\\([\\`*_{}[\]()#+\-.!>~|])/g, to: '$1' },
];

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

/**
 * @example stripMarkdown('## A *bold* [link](http://x)') // 'A bold link'
 */
export function stripMarkdown(markdown: string): string {
  let text = markdown;
  for (const rule of MARKUP_RULES) text = text.replace(rule.re, rule.to);
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
  const match = first >= 0 ? /^\s{0,3}#\s+(.+?)\s*#*\s*$/.exec(lines[first]!) : null;
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
  let body = header.rest;
  if (!found.title) {
    const heading = takeLeadingHeading(body);
    if (heading.title) found.title = heading.title;
    body = heading.rest;
  }
  return makeDocument({ text: stripMarkdown(body.join('\n')), format: 'md', origin, meta: { ...found, ...definedMeta(meta) } });
}
