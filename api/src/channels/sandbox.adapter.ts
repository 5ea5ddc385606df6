import { randomUUID } from 'node:crypto';
import { CHANNELS, type Channel } from '@webcare/shared';
import type { ChannelAdapter, OutboundRequest, OutboundResult } from './outbound';

export interface SandboxSend {
  request: OutboundRequest;
  providerMessageId: string;
  at: Date;
}

export interface SandboxHide {
  accountId: string;
  commentId: string;
  channel?: Channel;
  at: Date;
}

/**
 * Demo mode: nothing leaves the building. Every send and hide is recorded in memory (readable for tests
 * and the demo) and a send answers with a made-up provider id `sandbox.<uuid>`.
 */
export class SandboxAdapter implements ChannelAdapter {
  readonly channels: readonly Channel[] = CHANNELS;
  private readonly sends: SandboxSend[] = [];
  private readonly hides: SandboxHide[] = [];

  /** Every send so far, oldest first. */
  get sent(): readonly SandboxSend[] {
    return this.sends;
  }

  /** Every hidden comment so far, oldest first. */
  get hidden(): readonly SandboxHide[] {
    return this.hides;
  }

  send(request: OutboundRequest): Promise<OutboundResult> {
    const providerMessageId = `sandbox.${randomUUID()}`;
    this.sends.push({ request: { ...request }, providerMessageId, at: new Date() });
    return Promise.resolve({ providerMessageId });
  }

  hideComment(accountId: string, commentId: string, channel?: Channel): Promise<void> {
    const hide: SandboxHide = { accountId, commentId, at: new Date() };
    if (channel) {
      hide.channel = channel;
    }
    this.hides.push(hide);
    return Promise.resolve();
  }

  clear(): void {
    this.sends.length = 0;
    this.hides.length = 0;
  }
}
