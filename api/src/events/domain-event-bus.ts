import { Injectable, Logger } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import type { DomainEventName, DomainEvents } from './domain-events';

/** Typed domain events over the in-process emitter. */
@Injectable()
export class DomainEventBus {
  private readonly logger = new Logger(DomainEventBus.name);

  constructor(private readonly emitter: EventEmitter2) {}

  /**
   * Tells every listener, once the change has committed, and resolves when they are done, so the caller
   * answers after the consoles were told. A failing listener is logged; the change stands.
   */
  async emit<K extends DomainEventName>(name: K, payload: DomainEvents[K]): Promise<void> {
    try {
      await this.emitter.emitAsync(name, payload);
    } catch (error) {
      this.logger.warn(`A listener of ${name} failed: ${error instanceof Error ? error.name : 'Error'}`);
    }
  }
}
