import type { ResponseTimeRow } from '@webcare/shared';
import { niceMax } from './line-chart';

interface HourChartProps {
  rows: ResponseTimeRow[];
  title: string;
  describe: (hour: number, row: ResponseTimeRow | undefined) => string;
}

const WIDTH = 640;
const HEIGHT = 200;
const PAD = { top: 12, right: 8, bottom: 26, left: 40 };

/** Conversations per hour of day (Amsterdam), each bar coloured by its share answered within target. */
export function HourChart({ rows, title, describe }: HourChartProps) {
  const byHour = new Map(rows.map((row) => [Number(row.key), row]));
  const max = niceMax(Math.max(0, ...rows.map((row) => row.count)));
  const innerW = WIDTH - PAD.left - PAD.right;
  const innerH = HEIGHT - PAD.top - PAD.bottom;
  const slot = innerW / 24;
  return (
    <svg
      className="chart"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label={title}
      data-testid="chart-hours"
    >
      <title>{title}</title>
      {[0, 0.5, 1].map((f) => (
        <g key={f}>
          <line
            className="chart__grid"
            x1={PAD.left}
            x2={WIDTH - PAD.right}
            y1={PAD.top + innerH * (1 - f)}
            y2={PAD.top + innerH * (1 - f)}
          />
          <text className="chart__axis" x={PAD.left - 6} y={PAD.top + innerH * (1 - f) + 4} textAnchor="end">
            {Math.round(max * f)}
          </text>
        </g>
      ))}
      {Array.from({ length: 24 }, (_, hour) => {
        const row = byHour.get(hour);
        const h = row ? (row.count / max) * innerH : 0;
        const pct = row?.withinSlaPct ?? null;
        const tone = pct === null ? 'none' : pct >= 90 ? 'good' : pct >= 70 ? 'fair' : 'poor';
        return (
          <g key={hour}>
            <rect
              className={`chart__bar chart__bar--${tone}`}
              x={PAD.left + hour * slot + 2}
              y={PAD.top + innerH - h}
              width={slot - 4}
              height={Math.max(h, row ? 1 : 0)}
            >
              <title>{describe(hour, row)}</title>
            </rect>
            {hour % 3 === 0 && (
              <text
                className="chart__axis"
                x={PAD.left + hour * slot + slot / 2}
                y={HEIGHT - 8}
                textAnchor="middle"
              >
                {String(hour).padStart(2, '0')}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}
