/**
 * A plain, readable PDF of text lines (A4, Helvetica, Latin-1), enough for a subject export a person can
 * open and print. Headings are bold; long lines wrap; pages break by themselves.
 */
export interface PdfLine {
  text: string;
  bold?: boolean;
  /** Empty space before the line, in points. */
  gapBefore?: number;
}

const PAGE_W = 595;
const PAGE_H = 842;
const MARGIN = 50;
const SIZE = 10;
const LEADING = 14;
/** Helvetica at 10 pt averages about 5 pt a character: wrap a little before the margin. */
const MAX_CHARS = Math.floor((PAGE_W - 2 * MARGIN) / 5.1);

function latin1(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/[^\x20-\x7e\xa0-\xff]/g, '?');
}

function escape(text: string): string {
  return text.replace(/[\\()]/g, (c) => `\\${c}`);
}

function wrap(text: string): string[] {
  const out: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line = '';
    for (const word of paragraph.split(/\s+/)) {
      if (!word) continue;
      let rest = word;
      while (rest.length > MAX_CHARS) {
        if (line) out.push(line);
        out.push(rest.slice(0, MAX_CHARS));
        rest = rest.slice(MAX_CHARS);
        line = '';
      }
      if ((line + ' ' + rest).trim().length > MAX_CHARS) {
        out.push(line);
        line = rest;
      } else line = line ? `${line} ${rest}` : rest;
    }
    out.push(line);
  }
  return out;
}

export function renderPdf(title: string, lines: PdfLine[]): Buffer {
  const pages: string[][] = [[]];
  let y = PAGE_H - MARGIN;
  for (const line of lines) {
    y -= line.gapBefore ?? 0;
    for (const part of wrap(latin1(line.text))) {
      if (y < MARGIN + LEADING) {
        pages.push([]);
        y = PAGE_H - MARGIN;
      }
      y -= LEADING;
      const font = line.bold ? 'F2' : 'F1';
      pages[pages.length - 1].push(`BT /${font} ${SIZE} Tf ${MARGIN} ${y} Td (${escape(part)}) Tj ET`);
    }
  }
  const objects: string[] = [];
  const add = (body: string): number => objects.push(body);
  add('<< /Type /Catalog /Pages 2 0 R >>');
  add('');
  add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>');
  const info = add(`<< /Title (${escape(latin1(title))}) /Producer (Webcare Inbox) >>`);
  const kids: number[] = [];
  for (const content of pages) {
    const stream = content.join('\n');
    const streamId = add(
      `<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`,
    );
    kids.push(
      add(
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE_W} ${PAGE_H}] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents ${streamId} 0 R >>`,
      ),
    );
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  let pdf = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    offsets.push(Buffer.byteLength(pdf, 'latin1'));
    pdf += `${index + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(pdf, 'latin1');
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info ${info} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}
