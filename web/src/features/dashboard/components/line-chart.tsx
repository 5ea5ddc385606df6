export interface LineSeries {
  name: string;
  values: (number | null)[];
  tone: 'accent' | 'muted';
  dashed?: boolean;
}

interface LineChartProps {
  labels: string[];
  series: LineSeries[];
  formatValue: (value: number) => string;
  title: string;
  testId?: string;
  /** Smallest top of the y axis (e.g. 60 s), so an empty or flat chart still reads sensibly. */
  minMax?: number;
  emptyText?: string;
}

const WIDTH = 640;
const HEIGHT = 200;
const PAD = { top: 12, right: 12, bottom: 26, left: 64 };

/** A plain SVG line chart: gaps where a day has no value, four horizontal guides, sparse x labels. */
export function LineChart({
  labels,
  series,
  formatValue,
  title,
  testId,
  minMax = 1,
  emptyText,
}: LineChartProps) {
  const all = series.flatMap((s) => s.values).filter((v): v is number => v !== null);
  const max = niceMax(Math.max(minMax, ...all));
  const innerW = WIDTH - PAD.left - PAD.right;
  const innerH = HEIGHT - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (labels.length <= 1 ? innerW / 2 : (i * innerW) / (labels.length - 1));
  const y = (v: number) => PAD.top + innerH - (max === 0 ? 0 : (v / max) * innerH);
  const every = Math.max(1, Math.ceil(labels.length / 8));

  return (
    <svg
      className="chart"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label={title}
      data-testid={testId}
      preserveAspectRatio="xMidYMid meet"
    >
      <title>{title}</title>
      {[0, 0.25, 0.5, 0.75, 1].map((f) => (
        <g key={f}>
          <line
            className="chart__grid"
            x1={PAD.left}
            x2={WIDTH - PAD.right}
            y1={y(max * f)}
            y2={y(max * f)}
          />
          <text className="chart__axis" x={PAD.left - 6} y={y(max * f) + 4} textAnchor="end">
            {formatValue(max * f)}
          </text>
        </g>
      ))}
      {labels.map((label, i) =>
        i % every === 0 ? (
          <text key={label} className="chart__axis" x={x(i)} y={HEIGHT - 8} textAnchor="middle">
            {label}
          </text>
        ) : null,
      )}
      {all.length === 0 && emptyText && (
        <text className="chart__empty" x={PAD.left + innerW / 2} y={PAD.top + innerH / 2} textAnchor="middle">
          {emptyText}
        </text>
      )}
      {series.map((s) => (
        <g key={s.name} className={`chart__series chart__series--${s.tone}`}>
          {segments(s.values).map((segment) => (
            <polyline
              key={segment[0]}
              fill="none"
              strokeDasharray={s.dashed ? '4 3' : undefined}
              points={segment.map((i) => `${x(i)},${y(s.values[i] as number)}`).join(' ')}
            />
          ))}
          {s.values.map((v, i) =>
            v === null ? null : (
              <circle key={labels[i]} cx={x(i)} cy={y(v)} r={2.5}>
                <title>{`${labels[i]} · ${s.name}: ${formatValue(v)}`}</title>
              </circle>
            ),
          )}
        </g>
      ))}
    </svg>
  );
}

/** Runs of consecutive indexes with a value. */
function segments(values: (number | null)[]): number[][] {
  const runs: number[][] = [];
  let current: number[] = [];
  values.forEach((v, i) => {
    if (v === null) {
      if (current.length) runs.push(current);
      current = [];
    } else current.push(i);
  });
  if (current.length) runs.push(current);
  return runs;
}

export function niceMax(value: number): number {
  if (value <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((s) => s * magnitude >= value) ?? 10;
  return step * magnitude;
}
