/**
 * Page metadata from what publishers declare: Open Graph and article meta tags, JSON-LD, the
 * canonical link; falling back to <title>, <time> and the first <h1>.
 */
import type { DocumentMeta } from '../domain/index.js';
import { parseDay } from './dates.js';

/** Sources per field, most trusted first. `meta:x` reads <meta name|property|itemprop="x" content>. */
const FIELD_SOURCES: Record<keyof DocumentMeta, string[]> = {
  title: ['meta:og:title', 'meta:twitter:title', 'ld:headline', 'meta:title', 'meta:dc.title', 'tag:title', 'tag:h1'],
  author: ['meta:author', 'meta:article:author', 'ld:author', 'meta:dc.creator', 'meta:byl', 'meta:parsely-author'],
  published: [
    'meta:article:published_time',
    'ld:datePublished',
    'meta:datePublished',
    'meta:date',
    'meta:pubdate',
    'meta:publishdate',
    'meta:dc.date',
    'meta:dcterms.date',
    'meta:dc.date.issued',
    'meta:parsely-pub-date',
    'meta:sailthru.date',
    'meta:og:published_time',
    'time:datetime',
  ],
  publisher: ['meta:og:site_name', 'ld:publisher', 'meta:application-name', 'meta:dc.publisher'],
  url: ['link:canonical', 'meta:og:url', 'ld:url'],
};

type JsonObject = Record<string, unknown>;

/** The JSON-LD node that describes the article: the first with a headline or a publication date. */
function jsonLdArticle(document: Document): JsonObject | null {
  const nodes: JsonObject[] = [];
  const collect = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') {
      nodes.push(value as JsonObject);
      collect((value as JsonObject)['@graph']);
    }
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      collect(JSON.parse(script.textContent ?? ''));
    } catch {
      // malformed JSON-LD is common; the other sources still apply
    }
  }
  return nodes.find((n) => n.headline || n.datePublished) ?? null;
}

/** A name from JSON-LD's many shapes: "X", {name: "X"}, [{name: "X"}, ...]. */
function ldName(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) {
    const names = value.map(ldName).filter((n): n is string => Boolean(n));
    return names.length ? names.join(', ') : null;
  }
  if (value && typeof value === 'object' && typeof (value as JsonObject).name === 'string') {
    return (value as JsonObject).name as string;
  }
  return null;
}

function readSource(source: string, document: Document, ld: JsonObject | null): string | null {
  const [kind, ...rest] = source.split(':');
  const key = rest.join(':');
  if (kind === 'meta') {
    const selector = ['name', 'property', 'itemprop'].map((a) => `meta[${a}="${key}" i]`).join(',');
    return document.querySelector(selector)?.getAttribute('content') ?? null;
  }
  if (kind === 'ld') return ld ? ldName(ld[key]) : null;
  if (kind === 'link') return document.querySelector(`link[rel="${key}" i]`)?.getAttribute('href') ?? null;
  if (kind === 'time') return document.querySelector('time[datetime]')?.getAttribute('datetime') ?? null;
  if (kind === 'tag') return document.querySelector(key)?.textContent ?? null;
  return null;
}

/** Only absolute http(s) URLs are kept: a `javascript:` canonical must never reach the UI. */
function safeUrl(value: string, base: string | undefined): string | null {
  try {
    const url = new URL(value, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function acceptValue(field: keyof DocumentMeta, raw: string, base: string | undefined): string | null {
  const value = raw.replace(/\s+/g, ' ').trim();
  if (!value) return null;
  if (field === 'published') return parseDay(value);
  if (field === 'url') return safeUrl(value, base);
  if (field === 'author' && /^https?:\/\//i.test(value)) return null; // article:author is often a profile URL
  return value;
}

/**
 * @example metaFromDocument(parseHTML(html).document, 'https://example.org/a').published // '2024-03-01'
 */
export function metaFromDocument(document: Document, pageUrl?: string): DocumentMeta {
  const ld = jsonLdArticle(document);
  const meta = { title: null, author: null, published: null, publisher: null, url: null } as DocumentMeta;
  for (const field of Object.keys(FIELD_SOURCES) as (keyof DocumentMeta)[]) {
    for (const source of FIELD_SOURCES[field]) {
      const raw = readSource(source, document, ld);
      const value = raw ? acceptValue(field, raw, pageUrl) : null;
      if (value) {
        meta[field] = value;
        break;
      }
    }
  }
  meta.url ??= pageUrl ? safeUrl(pageUrl, undefined) : null;
  if (meta.title && meta.publisher) meta.title = withoutSiteSuffix(meta.title, meta.publisher);
  return meta;
}

/** "Gunmen attack checkpoint | Daily News" → "Gunmen attack checkpoint" when the suffix is the site. */
function withoutSiteSuffix(title: string, site: string): string {
  const match = /^(.+?)\s+[|–—-]\s+(.+)$/.exec(title);
  return match && match[2]!.toLowerCase() === site.toLowerCase() ? match[1]! : title;
}
