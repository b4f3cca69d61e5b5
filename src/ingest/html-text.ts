/**
 * DOM to plain text: the words a reader sees, one paragraph per block element, "\n\n" between
 * paragraphs. Nothing executable survives because only text nodes are ever read.
 */

/** Elements whose content is never text for a reader. */
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
  'svg',
  'canvas',
  'math',
  'button',
  'input',
  'select',
  'textarea',
  'option',
  'head',
  'title',
  'meta',
  'link',
  'img',
  'video',
  'audio',
]);

/** Elements that start and end a paragraph of their own. */
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'ul',
  'html',
  'caption',
]);

const CELLS = new Set(['td', 'th']);

/** The minimal DOM surface we read, so any DOM implementation fits. */
export interface TextNodeLike {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<TextNodeLike>;
}

class ParagraphWriter {
  readonly paragraphs: string[] = [];
  private current = '';

  text(value: string, preformatted: boolean): void {
    this.current += preformatted ? value : value.replace(/\s+/g, ' ');
  }

  lineBreak(): void {
    this.current += '\n';
  }

  flush(): void {
    const paragraph = this.current
      .split('\n')
      .map((line) => line.replace(/[ \t]+/g, ' ').trim())
      .join('\n')
      .replace(/\n{2,}/g, '\n')
      .trim();
    if (paragraph) this.paragraphs.push(paragraph);
    this.current = '';
  }
}

function walk(node: TextNodeLike, out: ParagraphWriter, preformatted: boolean): void {
  if (node.nodeType === 3) {
    out.text(node.textContent ?? '', preformatted);
    return;
  }
  if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
  const tag = node.nodeName.toLowerCase();
  if (SKIPPED.has(tag)) return;
  if (tag === 'br') {
    out.lineBreak();
    return;
  }
  const block = BLOCKS.has(tag);
  if (block) out.flush();
  const pre = preformatted || tag === 'pre';
  for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]!, out, pre);
  if (CELLS.has(tag)) out.text(' ', false);
  if (block) out.flush();
}

/**
 * @example htmlParagraphs(document.body) // ['First paragraph.', 'Second one.']
 */
export function htmlParagraphs(root: TextNodeLike): string[] {
  const out = new ParagraphWriter();
  walk(root, out, false);
  out.flush();
  return out.paragraphs;
}
