import { describe, expect, it } from 'vitest';
import { writeImageOnlyPdf, writePdf } from '../../scripts/minimal-pdf.mjs';
import { documentFromPdf } from './pdf.js';

const SENTENCE =
  'Gunmen attacked a police checkpoint on the main road, killing two officers and wounding three others.';

describe('scripts/minimal-pdf.mjs read back through unpdf', () => {
  it.each([
    {
      name: 'one page with metadata',
      input: {
        title: 'Checkpoint attack',
        author: 'Regional Desk',
        date: '2024-03-01',
        paragraphs: [SENTENCE, 'Second.'],
      },
      meta: { title: 'Checkpoint attack', author: 'Regional Desk', published: '2024-03-01' },
      paragraphs: [SENTENCE, 'Second.'],
    },
    {
      name: 'typographic characters in WinAnsi',
      input: { title: 'Café “quotes” – dash', paragraphs: ['It’s a “quoted” phrase — with dashes – and € and é.'] },
      meta: { title: 'Café “quotes” – dash', author: null, published: null },
      paragraphs: ['It’s a “quoted” phrase — with dashes – and € and é.'],
    },
    {
      name: 'parentheses and backslashes are escaped',
      input: { paragraphs: ['A (bracketed) note with a back\\slash.'] },
      meta: { title: null },
      paragraphs: ['A (bracketed) note with a back\\slash.'],
    },
  ])('$name', async ({ input, meta, paragraphs }) => {
    const doc = await documentFromPdf(writePdf(input), 'x.pdf');
    expect(doc.meta).toMatchObject(meta);
    expect(doc.text.split('\n\n')).toEqual(paragraphs);
    expect(doc.format).toBe('pdf');
  });

  it('wraps long paragraphs and flows onto more pages', async () => {
    const paragraphs = Array.from({ length: 30 }, (_, i) => `Paragraph ${i + 1}. ${SENTENCE} ${SENTENCE} ${SENTENCE}`);
    const pdf = writePdf({ title: 'Long report', paragraphs });
    expect(pdf.toString('latin1').match(/\/Type \/Page\b/g)?.length).toBeGreaterThan(1);
    const doc = await documentFromPdf(pdf, 'long.pdf');
    expect(doc.text.split('\n\n')).toEqual(paragraphs);
  });

  it('fails on a PDF with no text layer', async () => {
    await expect(documentFromPdf(writeImageOnlyPdf(), 'scan.pdf')).rejects.toThrow('no text layer (scanned PDF?)');
  });

  it('fails on bytes that are not a PDF', async () => {
    await expect(documentFromPdf(Buffer.from('%PDF-1.4 truncated'), 'bad.pdf')).rejects.toThrow(/unreadable PDF/);
  });
});
