import type { EvaluationReport } from '@webcare/shared';
import PDFDocument from 'pdfkit';
import { METRICS } from './goal-metrics';

const WORDS = {
  nl: {
    title: 'Evaluatie webcare',
    period: 'Periode',
    previous: 'vergeleken met',
    goal: 'Doel',
    target: 'Streefwaarde',
    actual: 'Resultaat',
    met: 'Gehaald',
    last: 'Vorige periode',
    trend: 'Trend',
    yes: 'ja',
    no: 'nee',
    none: 'geen gegevens',
    noGoals: 'Er zijn nog geen doelen ingesteld.',
    up: 'hoger',
    down: 'lager',
    flat: 'gelijk',
    better: 'beter',
    worse: 'slechter',
    made: 'Gemaakt op',
  },
  en: {
    title: 'Webcare evaluation',
    period: 'Period',
    previous: 'compared with',
    goal: 'Goal',
    target: 'Target',
    actual: 'Result',
    met: 'Met',
    last: 'Last period',
    trend: 'Trend',
    yes: 'yes',
    no: 'no',
    none: 'no data',
    noGoals: 'No goals have been set yet.',
    up: 'higher',
    down: 'lower',
    flat: 'the same',
    better: 'better',
    worse: 'worse',
    made: 'Made on',
  },
};

const localDate = (iso: string, language: 'nl' | 'en') =>
  new Date(iso).toLocaleString(language === 'nl' ? 'nl-NL' : 'en-GB', {
    timeZone: 'Europe/Amsterdam',
    dateStyle: 'medium',
    timeStyle: 'short',
  });

/** The evaluation report as a PDF for management: one row per goal, in the report's language. */
export function evaluationPdf(report: EvaluationReport, now = new Date()): Promise<Buffer> {
  const words = WORDS[report.language];
  const doc = new PDFDocument({ size: 'A4', margin: 50, info: { Title: words.title } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  doc.font('Helvetica-Bold').fontSize(20).text(words.title);
  doc.moveDown(0.3).font('Helvetica').fontSize(10);
  doc.text(
    `${words.period}: ${localDate(report.from, report.language)} – ${localDate(report.to, report.language)} (${words.previous} ${localDate(report.previousFrom, report.language)} – ${localDate(report.previousTo, report.language)})`,
  );
  doc.moveDown();

  const columns = [
    { title: words.goal, width: 175 },
    { title: words.target, width: 70 },
    { title: words.actual, width: 65 },
    { title: words.met, width: 50 },
    { title: words.last, width: 65 },
    { title: words.trend, width: 70 },
  ];
  const row = (cells: string[], bold = false) => {
    const y = doc.y;
    let x = 50;
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(9);
    let height = 0;
    cells.forEach((cell, i) => {
      doc.text(cell, x, y, { width: columns[i].width - 6 });
      height = Math.max(height, doc.y - y);
      x += columns[i].width;
    });
    doc.x = 50;
    doc.y = y + height + 6;
    doc
      .moveTo(50, doc.y - 3)
      .lineTo(545, doc.y - 3)
      .lineWidth(0.3)
      .strokeColor('#999999')
      .stroke();
  };
  if (report.items.length === 0) {
    doc.text(words.noGoals);
  } else {
    row(
      columns.map((column) => column.title),
      true,
    );
    for (const item of report.items) {
      const unit = METRICS[item.metric].unit;
      const value = (n: number | null) => (n === null ? words.none : `${n}${unit ? ` ${unit}` : ''}`);
      const sign = item.direction === 'at_least' ? '>=' : '<=';
      row([
        item.label,
        `${sign} ${value(item.target)}`,
        value(item.actual),
        item.met === null ? '–' : item.met ? words.yes : words.no,
        value(item.previous),
        item.trend === null
          ? '–'
          : item.trend === 'flat'
            ? words.flat
            : `${words[item.trend]} (${item.improved ? words.better : words.worse})`,
      ]);
    }
  }
  doc.moveDown(2).font('Helvetica').fontSize(8).fillColor('#666666');
  doc.text(`${words.made} ${localDate(now.toISOString(), report.language)}`, 50);
  doc.end();
  return done;
}
