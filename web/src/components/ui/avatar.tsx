export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0) return '?';
  const first = parts[0]?.[0] ?? '';
  const last = parts.length > 1 ? (parts[parts.length - 1]?.[0] ?? '') : '';
  return (first + last).toUpperCase();
}

const HUES = [200, 160, 260, 20, 330, 100, 40, 290];

function hueFor(seed: string): number {
  let hash = 0;
  for (let i = 0; i < seed.length; i++) hash = (hash * 31 + seed.charCodeAt(i)) | 0;
  return HUES[Math.abs(hash) % HUES.length] ?? 200;
}

export interface AvatarProps {
  name: string;
  seed?: string;
  size?: 'xs' | 'sm' | 'md' | 'lg';
  title?: string;
}

export function Avatar({ name, seed, size = 'sm', title }: AvatarProps) {
  const hue = hueFor(seed ?? name);
  return (
    <span
      className={`avatar avatar--${size}`}
      style={{ background: `hsl(${hue} 45% 88%)`, color: `hsl(${hue} 50% 28%)` }}
      title={title ?? name}
      aria-label={title ?? name}
      role="img"
    >
      {initials(name)}
    </span>
  );
}
