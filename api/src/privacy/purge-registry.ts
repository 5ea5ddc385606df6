import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { MessageRef } from '../conversations/conversations.service';
import { MediaService } from '../media/media.service';

/** Whose data a purge is about. */
export interface PurgeScope {
  contactIds: string[];
  conversationIds: string[];
}

/** A store outside the owners' tables (a search index, a file store) that clears what it holds. */
export type PersonPurge = (manager: EntityManager, scope: PurgeScope) => Promise<number>;

/**
 * Where stores plug into erasure and retention. Media has its own entry because retention runs it per
 * category; any other store that keeps something about a person registers a person purge, which runs
 * inside the erasure's transaction.
 */
@Injectable()
export class PurgeRegistry {
  private readonly personPurges = new Map<string, PersonPurge>();

  constructor(private readonly mediaStore: MediaService) {}

  registerPersonPurge(name: string, purge: PersonPurge): void {
    this.personPurges.set(name, purge);
  }

  async run(_kind: 'person', manager: EntityManager, scope: PurgeScope): Promise<number> {
    let count = 0;
    for (const purge of this.personPurges.values()) count += await purge(manager, scope);
    return count;
  }

  /** The media category: stored copies of these messages' media are removed. Returns the files removed. */
  media(messages: MessageRef[]): Promise<number> {
    return this.mediaStore.deleteForMessages(messages);
  }

  /** The media category by age: every kept media file stored before `cutoff`. Returns the files removed. */
  async mediaStoredBefore(cutoff: Date): Promise<number> {
    return (await this.mediaStore.purgeStoredBefore(cutoff)).deleted;
  }
}
