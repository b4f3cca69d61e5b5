/** Bytes to string: BOM first, then a declared charset, then strict UTF-8, then Windows-1252. */

/**
 * Windows-1252's characters at 0x80..0x9F (the rest is Latin-1). Node's TextDecoder decodes the
 * label as ISO-8859-1 and would turn curly quotes into C1 control characters, so we map them here.
 */
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const LATIN1_LABELS = new Set([
  'windows-1252',
  'cp1252',
  'iso-8859-1',
  'latin1',
  'l1',
  'ascii',
  'us-ascii',
  'x-cp1252',
]);

function decodeWindows1252(buffer: Buffer): string {
  let out = '';
  for (const byte of buffer)
    out += byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH[byte - 0x80] : String.fromCharCode(byte);
  return out;
}

function declaredCharset(buffer: Buffer, contentType?: string): string | null {
  const fromHeader = /charset=["']?([\w-]+)/i.exec(contentType ?? '');
  if (fromHeader) return fromHeader[1]!.toLowerCase();
  const head = buffer.subarray(0, 2048).toString('latin1');
  const fromMeta = /<meta[^>]+charset=["']?([\w-]+)/i.exec(head) ?? /<\?xml[^>]+encoding=["']([\w-]+)/i.exec(head);
  return fromMeta ? fromMeta[1]!.toLowerCase() : null;
}

/**
 * @example decodeText(Buffer.from('caf\xe9', 'latin1')) // 'café'
 */
export function decodeText(buffer: Buffer, contentType?: string): string {
  if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) return buffer.subarray(3).toString('utf8');
  if (buffer[0] === 0xff && buffer[1] === 0xfe) return new TextDecoder('utf-16le').decode(buffer.subarray(2));
  if (buffer[0] === 0xfe && buffer[1] === 0xff) return new TextDecoder('utf-16be').decode(buffer.subarray(2));
  const charset = declaredCharset(buffer, contentType);
  if (charset && LATIN1_LABELS.has(charset)) return decodeWindows1252(buffer);
  if (charset && charset !== 'utf-8' && charset !== 'utf8') {
    try {
      return new TextDecoder(charset).decode(buffer);
    } catch {
      // an unknown label: fall through to the guesses below
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    return decodeWindows1252(buffer);
  }
}
