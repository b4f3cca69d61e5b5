/**
 * HTML to a document: metadata from the page's declarations, the article body found by
 * readability on a de-furnished copy, converted to plain text. When readability finds nothing
 * (broken or tiny pages) the whole body's text is used; only a page with no text at all fails.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { IngestedDocument } from '../domain/index.js';
import { removeBoilerplate } from './boilerplate.js';
import { parseDay } from './dates.js';
import { makeDocument } from './document.js';
import { IngestError } from './failure.js';
import { metaFromDocument } from './html-meta.js';
import { htmlParagraphs, type TextNodeLike } from './html-text.js';

/**
 * linkedom needs a well-formed html/head/body skeleton; pages in the wild (and fragments) often
 * lack one, so we rebuild it around whatever head and body parts the markup has.
 */
export function parseHtmlDocument(html: string): Document {
  const head = /<head[^>]*>([\s\S]*?)<\/head>/i.exec(html)?.[1] ?? '';
  const bodyMatch = /<body[^>]*>([\s\S]*?)(<\/body>|$)/i.exec(html);
  const body =
    bodyMatch?.[1] ??
    html
      .replace(/<!doctype[^>]*>/i, '')
      .replace(/<head[^>]*>[\s\S]*?<\/head>/i, '')
      .replace(/<\/?html[^>]*>/gi, '');
  const { document } = parseHTML(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`);
  return document as unknown as Document;
}

interface ReadableArticle {
  paragraphs: string[];
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
}

/** The readability article as paragraphs, or null when it found no article worth the name. */
function readableArticle(document: Document): ReadableArticle | null {
  const article = new Readability(document.cloneNode(true) as Document, { charThreshold: 200 }).parse();
  if (!article?.content) return null;
  const paragraphs = htmlParagraphs(parseHtmlDocument(article.content).body as unknown as TextNodeLike);
  if (paragraphs.join(' ').length < 200) return null;
  return {
    paragraphs,
    byline: article.byline?.replace(/^by\s+/i, '').trim() || null,
    siteName: article.siteName ?? null,
    publishedTime: article.publishedTime ?? null,
  };
}

/** Drops a leading repeat of the title and byline, which pages print above the body. */
function withoutHeadRepeats(paragraphs: string[], title: string | null, author: string | null): string[] {
  const same = (a: string, b: string | null) => b !== null && a.toLowerCase().replace(/^by\s+/, '') === b.toLowerCase();
  const rest = [...paragraphs];
  while (rest.length > 1 && (same(rest[0]!, title) || same(rest[0]!, author))) rest.shift();
  return rest;
}

/**
 * @example documentFromHtml('<title>T</title><p>Body</p>', { url: 'https://x.org/a' }).text // 'Body'
 */
export function documentFromHtml(html: string, opts: { url?: string; origin?: string } = {}): IngestedDocument {
  const document = parseHtmlDocument(html);
  const meta = metaFromDocument(document, opts.url);
  removeBoilerplate(document);
  const article = readableArticle(document);
  meta.author ??= article?.byline ?? null;
  meta.publisher ??= article?.siteName ?? null;
  meta.published ??= parseDay(article?.publishedTime);
  const paragraphs = article?.paragraphs ?? htmlParagraphs(document.body as unknown as TextNodeLike);
  const text = withoutHeadRepeats(paragraphs, meta.title, meta.author).join('\n\n');
  if (!text.trim()) throw new IngestError('HTML page has no readable text');
  return makeDocument({ text, format: 'html', origin: opts.origin ?? opts.url ?? 'html', meta });
}
