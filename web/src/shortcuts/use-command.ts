import { useEffect, useRef } from 'react';
import { onCommand, type Command } from './command-bus';

/** Carry out a shortcut command while this component is mounted. */
export function useCommand(command: Command, handler: () => void): void {
  const ref = useRef(handler);
  ref.current = handler;
  useEffect(() => onCommand(command, () => ref.current()), [command]);
}
