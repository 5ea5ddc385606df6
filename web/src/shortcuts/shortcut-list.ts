import type { MessageKey } from '../i18n/i18n';

export interface ShortcutHelp {
  keys: string[][];
  label: MessageKey;
}

/** What the help overlay shows; each inner list is a key sequence. */
export const SHORTCUTS: ShortcutHelp[] = [
  { keys: [['j']], label: 'shortcuts.next' },
  { keys: [['k']], label: 'shortcuts.prev' },
  { keys: [['Enter']], label: 'shortcuts.enter' },
  { keys: [['r']], label: 'shortcuts.reply' },
  { keys: [['n']], label: 'shortcuts.note' },
  { keys: [['e']], label: 'shortcuts.resolve' },
  { keys: [['a']], label: 'shortcuts.assign' },
  { keys: [['/']], label: 'shortcuts.search' },
  { keys: [['g'], ['i']], label: 'shortcuts.inbox' },
  { keys: [['Ctrl', 'Enter']], label: 'shortcuts.send' },
  { keys: [['Esc']], label: 'shortcuts.escape' },
  { keys: [['?']], label: 'shortcuts.help' },
];
