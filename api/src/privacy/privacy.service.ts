import { Injectable, Logger } from '@nestjs/common';
import type { ErasureRequest, ErasureResult, SubjectExport } from '@webcare/shared';
import { DataSource } from 'typeorm';
import { auditLabel } from '../audit/audit-labels';
import { AuditReaderService } from '../audit/audit-reader.service';
import { AuditService } from '../audit/audit.service';
import { CallBacksService } from '../callbacks/call-backs.service';
import type { Actor } from '../common/current-user';
import { UUID } from '../common/uuid';
import { ContactsService } from '../contacts/contacts.service';
import { ConversationsService } from '../conversations/conversations.service';
import { EscalationsService } from '../escalations/escalations.service';
import { DomainEventBus } from '../events/domain-event-bus';
import { IngestService } from '../ingest/ingest.service';
import { renderPdf, type PdfLine } from './pdf';
import { ContactNotFoundException, ErasureNeedsConfirmException } from './privacy.exception';
import { PurgeRegistry } from './purge-registry';

/** What a person's row and texts read after an erasure: their conversations still count in reports. */
export const ERASED_LABEL = 'Gewist op verzoek';

/**
 * The person's rights (GDPR art. 15, 17, 20): everything held about them, and erasure on request. Each
 * owner clears its own tables; this service orders the steps in one transaction and logs the fact.
 */
@Injectable()
export class PrivacyService {
  private readonly logger = new Logger(PrivacyService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly contacts: ContactsService,
    private readonly conversations: ConversationsService,
    private readonly escalations: EscalationsService,
    private readonly callBacks: CallBacksService,
    private readonly ingest: IngestService,
    private readonly audit: AuditService,
    private readonly auditReader: AuditReaderService,
    private readonly purges: PurgeRegistry,
    private readonly events: DomainEventBus,
  ) {}

  async export(actor: Actor, contactId: string, format: 'json' | 'pdf'): Promise<SubjectExport> {
    const held = UUID.test(contactId) ? await this.contacts.heldAbout(contactId) : null;
    if (!held) throw new ContactNotFoundException();
    const conversations = await this.conversations.heldForContact(contactId);
    const conversationIds = conversations.map((c) => c.id);
    const escalations = await this.escalations.forConversations(conversationIds);
    const callBacks = await this.callBacks.forContact(contactId);
    const lines = await this.auditReader.linesAbout(contactId, conversationIds);
    const iso = (date: Date | null) => (date ? new Date(date).toISOString() : null);
    const result: SubjectExport = {
      generatedAt: new Date().toISOString(),
      contact: {
        id: held.contact.id,
        displayName: held.contact.displayName,
        phone: held.contact.phone,
        createdAt: new Date(held.contact.createdAt).toISOString(),
        erasedAt: iso(held.contact.erasedAt),
      },
      identities: held.identities.map((i) => ({ ...i, createdAt: new Date(i.createdAt).toISOString() })),
      conversations: conversations.map((c) => ({
        id: c.id,
        channel: c.channel,
        status: c.status,
        createdAt: new Date(c.createdAt).toISOString(),
        resolvedAt: iso(c.resolvedAt),
        messages: c.messages.map((m) => ({ ...m, createdAt: new Date(m.createdAt).toISOString() })),
        escalations: escalations
          .filter((e) => e.conversationId === c.id)
          .map((e) => ({
            id: e.id,
            mode: e.mode,
            status: e.status,
            reason: e.reason,
            response: e.response,
            createdAt: new Date(e.createdAt).toISOString(),
          })),
      })),
      callBacks: callBacks.map((c) => ({
        id: c.id,
        conversationId: c.conversationId,
        phone: c.phone,
        note: c.reason,
        status: c.status,
        dueAt: new Date(c.dueAt).toISOString(),
      })),
      accessLog: lines.map((line) => ({
        at: line.at,
        who: line.actor.name ?? (line.actor.role === 'system' ? 'Systeem' : null),
        role: line.actor.role,
        action: line.action,
        what: auditLabel(line.action).nl,
        conversationId: line.conversationId,
      })),
    };
    await this.audit.record({
      actor,
      action: 'contact.export',
      contactId,
      details: { format, conversations: conversations.length, accessLines: lines.length },
    });
    return result;
  }

  /** The export as a document a person can read: headings, their messages, and who looked at them. */
  exportPdf(data: SubjectExport): Buffer {
    const when = (iso: string) =>
      new Intl.DateTimeFormat('nl-NL', {
        timeZone: 'Europe/Amsterdam',
        dateStyle: 'medium',
        timeStyle: 'short',
      }).format(new Date(iso));
    const lines: PdfLine[] = [
      { text: 'Overzicht van uw gegevens (AVG artikel 15)', bold: true },
      { text: `Gemaakt op ${when(data.generatedAt)}` },
      { text: 'Persoon', bold: true, gapBefore: 10 },
      { text: `Naam: ${data.contact.displayName}` },
      { text: `Telefoon: ${data.contact.phone ?? '-'}` },
      { text: `Bekend sinds: ${when(data.contact.createdAt)}` },
      ...(data.contact.erasedAt ? [{ text: `Gewist op verzoek: ${when(data.contact.erasedAt)}` }] : []),
      { text: 'Bekend bij de kanalen als', bold: true, gapBefore: 10 },
      ...data.identities.map((i) => ({
        text: `${i.provider}: ${i.handle ?? i.externalId} (${i.externalId})`,
      })),
      ...(data.identities.length === 0 ? [{ text: '-' }] : []),
    ];
    for (const conversation of data.conversations) {
      lines.push({
        text: `Gesprek via ${conversation.channel}, begonnen ${when(conversation.createdAt)} (${conversation.status})`,
        bold: true,
        gapBefore: 10,
      });
      for (const message of conversation.messages) {
        const who =
          message.direction === 'in'
            ? 'U'
            : message.direction === 'note'
              ? `Interne notitie${message.author ? ` van ${message.author}` : ''}`
              : (message.author ?? 'Organisatie');
        lines.push({ text: `${when(message.createdAt)} - ${who}:`, gapBefore: 4 });
        lines.push({ text: message.text || '(geen tekst)' });
        for (const attachment of message.attachments)
          lines.push({ text: `Bijlage (${attachment.type}): ${attachment.url}` });
      }
      for (const escalation of conversation.escalations) {
        lines.push({
          text: `Doorgezet naar een zorgadviseur (${escalation.mode}): ${escalation.reason}`,
          gapBefore: 4,
        });
        if (escalation.response) lines.push({ text: `Advies: ${escalation.response}` });
      }
    }
    if (data.callBacks.length > 0) {
      lines.push({ text: 'Terugbelverzoeken', bold: true, gapBefore: 10 });
      for (const callBack of data.callBacks) {
        lines.push({
          text: `${when(callBack.dueAt)} - ${callBack.phone ?? '-'} - ${callBack.note ?? ''} (${callBack.status})`,
        });
      }
    }
    lines.push({ text: 'Wie heeft uw gegevens ingezien of gewijzigd', bold: true, gapBefore: 10 });
    for (const line of data.accessLog) {
      lines.push({
        text: `${when(line.at)} - ${line.who ?? 'onbekend'} (${line.role ?? '-'}): ${line.what}`,
      });
    }
    if (data.accessLog.length === 0) lines.push({ text: '-' });
    return renderPdf('Overzicht van uw gegevens', lines);
  }

  /**
   * Erasure (art. 17): text, media, names and identifiers of the person go from every table, the raw
   * deliveries and the media store; the conversations stay as counted facts. The access log is not
   * touched: its lines name the person only by a keyed-hash pseudonym, so the chain still verifies.
   */
  async erase(actor: Actor, contactId: string, request: ErasureRequest): Promise<ErasureResult> {
    const held = UUID.test(contactId) ? await this.contacts.heldAbout(contactId) : null;
    if (!held) throw new ContactNotFoundException();
    const open = await this.escalations.openForContact(contactId);
    if (open > 0 && request.confirm !== true) throw new ErasureNeedsConfirmException(open);
    const outcome = await this.dataSource.transaction(async (manager) => {
      const erased = await this.conversations.erasePerson(manager, contactId);
      await this.callBacks.erasePerson(manager, contactId, ERASED_LABEL);
      await this.escalations.eraseTexts(manager, erased.conversationIds, ERASED_LABEL);
      const providerIds = await this.contacts.anonymise(manager, [contactId], ERASED_LABEL);
      await this.ingest.eraseRaw(manager, [...providerIds, ...erased.providerMessageIds]);
      await this.purges.run('person', manager, {
        contactIds: [contactId],
        conversationIds: erased.conversationIds,
      });
      await this.audit.record(
        {
          actor,
          action: 'contact.erase',
          contactId,
          details: {
            reason: request.reason,
            conversations: erased.conversationIds.length,
            messages: erased.messages.length,
            confirmedOpenEscalations: open,
          },
        },
        manager,
      );
      return erased;
    });
    const mediaFiles = await this.purges.media(outcome.messages);
    for (const conversationId of outcome.conversationIds) {
      await this.events.emit('conversation.changed', { conversationId, byUserId: actor.id });
    }
    this.logger.log(`Erased a person on request: ${outcome.conversationIds.length} conversations`);
    return {
      contactId,
      erasedAt: new Date().toISOString(),
      conversations: outcome.conversationIds.length,
      messages: outcome.messages.length,
      mediaFiles,
      accessLogPseudonym: this.audit.pseudonym(contactId),
    };
  }
}
