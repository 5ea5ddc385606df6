import type { Channel } from '@webcare/shared';
import type { CSSProperties, ReactNode } from 'react';

interface Glyph {
  background: string;
  foreground: string;
  path: ReactNode;
  /** A small corner mark telling a public comment from a private message on the same network. */
  corner?: 'comment';
}

const MESSENGER = (
  <path d="M12 3.5c-4.8 0-8.5 3.5-8.5 8.2 0 2.5 1 4.6 2.7 6.1v2.9l2.6-1.4c1 .3 2 .4 3.2.4 4.8 0 8.5-3.5 8.5-8S16.8 3.5 12 3.5zm.9 10.9-2.2-2.3-4.2 2.3 4.6-4.9 2.2 2.3 4.2-2.3z" />
);
const FACEBOOK = (
  <path d="M13.4 20v-7h2.4l.4-2.8h-2.8V8.5c0-.8.2-1.4 1.4-1.4h1.5V4.6c-.3 0-1.1-.1-2.2-.1-2.2 0-3.6 1.3-3.6 3.7v2h-2.4V13h2.4v7z" />
);
const INSTAGRAM = (
  <>
    <rect
      x="4.5"
      y="4.5"
      width="15"
      height="15"
      rx="4.5"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.9"
    />
    <circle cx="12" cy="12" r="3.5" fill="none" stroke="currentColor" strokeWidth="1.9" />
    <circle cx="16.6" cy="7.4" r="1.1" />
  </>
);
const WHATSAPP = (
  <>
    <path
      d="M12 4a8 8 0 0 0-6.9 12l-1.1 4 4.1-1.1A8 8 0 1 0 12 4z"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.7"
      strokeLinejoin="round"
    />
    <path d="M9.3 8.2c.2-.1.5-.1.6.2l.7 1.6c.1.2 0 .4-.1.6l-.5.6c.6 1.2 1.5 2.1 2.7 2.7l.6-.6c.2-.2.4-.2.6-.1l1.6.7c.3.1.3.4.2.6-.3.9-1.1 1.4-2 1.3-2.7-.4-5-2.7-5.4-5.4-.1-.9.4-1.7 1-2.2z" />
  </>
);
const X_LOGO = (
  <path d="M16.9 4.5h2.5l-5.5 6.3 6.4 8.7h-5l-3.9-5.2-4.5 5.2H4.4l5.9-6.7-6.1-8.3h5.1l3.6 4.8zm-.9 13.5h1.4L8 5.9H6.5z" />
);
const SMS = (
  <>
    <path d="M5 5h14a1.5 1.5 0 0 1 1.5 1.5v8A1.5 1.5 0 0 1 19 16h-8l-4 3.5V16H5a1.5 1.5 0 0 1-1.5-1.5v-8A1.5 1.5 0 0 1 5 5z" />
    <circle cx="8.5" cy="10.5" r="1.1" fill="var(--channel-bg)" />
    <circle cx="12" cy="10.5" r="1.1" fill="var(--channel-bg)" />
    <circle cx="15.5" cy="10.5" r="1.1" fill="var(--channel-bg)" />
  </>
);
const WEBCHAT = (
  <>
    <rect x="3.5" y="5" width="17" height="13" rx="2" fill="none" stroke="currentColor" strokeWidth="1.8" />
    <path d="M3.5 8.5h17" stroke="currentColor" strokeWidth="1.8" />
    <path d="M7.5 12h6M7.5 15h4" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
  </>
);

const GLYPHS: Record<Channel, Glyph> = {
  messenger: { background: '#e8f0ff', foreground: '#0866ff', path: MESSENGER },
  facebook_comment: { background: '#1877f2', foreground: '#ffffff', path: FACEBOOK, corner: 'comment' },
  instagram_dm: { background: '#fdebf3', foreground: '#c8307a', path: INSTAGRAM },
  instagram_comment: { background: '#c8307a', foreground: '#ffffff', path: INSTAGRAM, corner: 'comment' },
  whatsapp: { background: '#e4f8ec', foreground: '#128c4b', path: WHATSAPP },
  x_dm: { background: '#eceef0', foreground: '#0f1419', path: X_LOGO },
  x_mention: { background: '#0f1419', foreground: '#ffffff', path: X_LOGO, corner: 'comment' },
  sms: { background: '#eef1f4', foreground: '#52606d', path: SMS },
  webchat: { background: '#e3f4f2', foreground: '#0f766e', path: WEBCHAT },
};

export interface ChannelIconProps {
  channel: Channel;
  label: string;
  size?: number;
}

/** A recognisable tile per channel; solid tiles with a corner mark are public comment channels. */
export function ChannelIcon({ channel, label, size = 20 }: ChannelIconProps) {
  const glyph = GLYPHS[channel];
  return (
    <span
      className="channel-icon"
      role="img"
      aria-label={label}
      title={label}
      style={
        {
          width: size,
          height: size,
          background: glyph.background,
          color: glyph.foreground,
          '--channel-bg': glyph.background,
        } as CSSProperties
      }
    >
      <svg
        viewBox="0 0 24 24"
        width={size * 0.78}
        height={size * 0.78}
        fill="currentColor"
        aria-hidden="true"
      >
        {glyph.path}
      </svg>
      {glyph.corner && (
        <svg className="channel-icon__corner" viewBox="0 0 12 12" aria-hidden="true">
          <path d="M2 2h8a1 1 0 0 1 1 1v4.5a1 1 0 0 1-1 1H5.5L3 10.5V8.5H2a1 1 0 0 1-1-1V3a1 1 0 0 1 1-1z" />
        </svg>
      )}
    </span>
  );
}
