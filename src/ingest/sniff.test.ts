import { describe, expect, it } from 'vitest';
import { decodeText } from './decode.js';
import { type SniffedKind, sniff } from './sniff.js';

describe('sniff', () => {
  it.each<[string, Buffer | string, SniffedKind]>([
    ['nothing', '', 'empty'],
    ['only whitespace', ' \n\t ', 'empty'],
    ['a PDF header', '%PDF-1.7\n...', 'pdf'],
    ['a PDF header after junk', 'junk\n%PDF-1.4\n', 'pdf'],
    ['a text mentioning PDFs', 'The file began with a 100%PDF- marker.', 'text'],
    ['RSS with a declaration', '\ufeff<?xml version="1.0"?>\n<rss version="2.0">', 'feed'],
    ['Atom after a comment', '<?xml version="1.0"?><!-- hi --><feed xmlns="http://www.w3.org/2005/Atom">', 'feed'],
    ['RSS 1.0', '<rdf:RDF xmlns:rdf="x">', 'feed'],
    ['other XML', '<?xml version="1.0"?><urlset>', 'xml'],
    ['XHTML', '<?xml version="1.0"?><!DOCTYPE html><html>', 'html'],
    ['an HTML document', '<!DOCTYPE html><html><body>', 'html'],
    ['an HTML fragment', '<p>Hello</p>', 'html'],
    ['NUL bytes', Buffer.from([65, 0, 66]), 'binary'],
    ['UTF-16 text with a BOM', Buffer.from('\ufeffhi', 'utf16le'), 'text'],
    ['prose', 'Gunmen attacked <a checkpoint> on Monday.', 'text'],
  ])('%s → %s', (_, input, kind) => {
    expect(sniff(Buffer.isBuffer(input) ? input : Buffer.from(input))).toBe(kind);
  });
});

describe('decodeText', () => {
  it.each<[string, Buffer, string | undefined, string]>([
    ['UTF-8', Buffer.from('café', 'utf8'), undefined, 'café'],
    ['UTF-8 with a BOM', Buffer.from('\ufeffcafé', 'utf8'), undefined, 'café'],
    ['Windows-1252 when UTF-8 is invalid', Buffer.from([0x93, 0x63, 0x61, 0x66, 0xe9, 0x94]), undefined, '“café”'],
    ['a declared charset', Buffer.from([0x63, 0x61, 0x66, 0xe9]), 'text/html; charset=ISO-8859-1', 'café'],
    [
      'a meta charset',
      Buffer.from('<meta charset="iso-8859-1"><p>caf\xe9', 'latin1'),
      undefined,
      '<meta charset="iso-8859-1"><p>café',
    ],
    ['UTF-16LE with a BOM', Buffer.from('\ufeffhi', 'utf16le'), undefined, 'hi'],
  ])('%s', (_, buffer, contentType, text) => {
    expect(decodeText(buffer, contentType)).toBe(text);
  });
});
