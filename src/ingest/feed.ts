/**
 * RSS 2.0 and Atom feeds: one document per item, its content (or summary) as text, the feed's
 * title as publisher, and `FEED#ITEM_ID` as origin so re-reading a feed finds the same items.
 */
import Parser from 'rss-parser';
import type { IngestedDocument } from '../domain/index.js';
import { parseDay } from './dates.js';
import { makeDocument } from './document.js';
import { IngestError, type IngestFailure, toFailure } from './failure.js';
import { parseHtmlDocument } from './html.js';
import { htmlParagraphs, type TextNodeLike } from './html-text.js';

type FeedItem = Parser.Item & {
  id?: string;
  author?: string;
  'content:encoded'?: string;
  summary?: string;
};

const parser: Parser<Record<string, unknown>, FeedItem> = new Parser({
  customFields: { item: ['id', 'author', 'summary'] },
});

/** Item bodies are HTML more often than not; they get the same text conversion as pages. */
function itemText(item: FeedItem): string {
  const html = item['content:encoded'] || item.content || item.summary || item.contentSnippet || '';
  return htmlParagraphs(parseHtmlDocument(html).body as unknown as TextNodeLike).join('\n\n');
}

function safeLink(link: string | undefined): string | null {
  return link && /^https?:\/\//i.test(link.trim()) ? link.trim() : null;
}

/**
 * @example for (const x of await documentsFromFeed(xml, 'news.rss')) console.log(x)
 */
export async function documentsFromFeed(xml: string, origin: string): Promise<(IngestedDocument | IngestFailure)[]> {
  let feed: Awaited<ReturnType<typeof parser.parseString>>;
  try {
    feed = await parser.parseString(xml);
  } catch (err) {
    const reason = err instanceof Error ? err.message.split('\n')[0] : String(err);
    throw new IngestError(`not a readable RSS/Atom feed (${reason})`);
  }
  if (!feed.items?.length) throw new IngestError('feed has no items');
  return feed.items.map((item, index) => {
    const itemId = item.guid || item.id || item.link || String(index + 1);
    const itemOrigin = `${origin}#${itemId}`;
    try {
      return makeDocument({
        text: itemText(item),
        format: 'feed',
        origin: itemOrigin,
        meta: {
          title: item.title ?? null,
          author: item.creator || item.author || null,
          published: parseDay(item.isoDate) ?? parseDay(item.pubDate),
          publisher: feed.title ?? null,
          url: safeLink(item.link),
        },
      });
    } catch (err) {
      return toFailure(itemOrigin, err);
    }
  });
}
