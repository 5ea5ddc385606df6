import { type FormEvent, useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import type { AuditQuery } from '@webcare/shared';
import { Button } from '../../../components/ui/button';
import { InlineAlert } from '../../../components/ui/inline-alert';
import { useI18n } from '../../../i18n/i18n';
import { inboxPath } from '../../../lib/router';
import { errorMessage } from '../../../lib/errors';
import { downloadAuditCsv, verifyAuditChain } from '../api';
import { useAuditLog } from '../hooks/use-audit-log';
import '../audit.css';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface Draft {
  from: string;
  to: string;
  actor: string;
  actorName: string;
  personName: string;
  conversation: string;
  contact: string;
  action: string;
}

const EMPTY: Draft = {
  from: '',
  to: '',
  actor: '',
  actorName: '',
  personName: '',
  conversation: '',
  contact: '',
  action: '',
};

function toQuery(draft: Draft): AuditQuery {
  const query: AuditQuery = {};
  if (draft.from) query.from = new Date(draft.from).toISOString();
  if (draft.to) query.to = new Date(draft.to).toISOString();
  if (UUID.test(draft.actor.trim())) query.actor = draft.actor.trim();
  if (UUID.test(draft.conversation.trim())) query.conversation = draft.conversation.trim();
  if (UUID.test(draft.contact.trim())) query.contact = draft.contact.trim();
  if (draft.actorName.trim()) query.actorName = draft.actorName.trim();
  if (draft.personName.trim()) query.personName = draft.personName.trim();
  if (draft.action.trim()) query.action = draft.action.trim();
  return query;
}

/** Who read or did what with whose data, when and from where (NEN 7513); filters and chain check. */
export function AuditPage() {
  const { t, locale } = useI18n();
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [filters, setFilters] = useState<AuditQuery>({});
  const log = useAuditLog(filters);
  const verify = useMutation({ mutationFn: verifyAuditChain });
  const verification = verify.data ?? null;
  const exporting = useMutation({ mutationFn: () => downloadAuditCsv(filters) });

  const apply = (next: Draft) => {
    setDraft(next);
    setFilters(toQuery(next));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    apply(draft);
  };
  const field = (key: keyof Draft) => ({
    value: draft[key],
    onChange: (e: { target: { value: string } }) => setDraft({ ...draft, [key]: e.target.value }),
  });
  const time = (iso: string) =>
    new Date(iso).toLocaleString(locale === 'nl' ? 'nl-NL' : 'en-GB', {
      dateStyle: 'short',
      timeStyle: 'medium',
    });

  return (
    <div className="audit" data-testid="audit-page">
      <header className="audit__header">
        <h1>{t('audit.title')}</h1>
        <div className="audit__header-actions">
          <Button
            size="sm"
            busy={exporting.isPending}
            data-testid="audit-export"
            onClick={() => exporting.mutate()}
          >
            {t('audit.export')}
          </Button>
          <Button
            size="sm"
            busy={verify.isPending}
            data-testid="audit-verify"
            onClick={() => verify.mutate()}
          >
            {t('audit.verify')}
          </Button>
        </div>
      </header>
      {exporting.isError && <InlineAlert tone="danger">{errorMessage(exporting.error, t)}</InlineAlert>}
      <p className="audit__intro">{t('audit.intro')}</p>
      {verification && (
        <div data-testid="audit-verification">
          <InlineAlert tone={verification.ok ? 'success' : 'danger'}>
            {verification.ok
              ? t('audit.verifyOk', { count: verification.count })
              : verification.firstBrokenId || !verification.anchored?.problem
                ? t('audit.verifyBroken', {
                    count: verification.count,
                    id: verification.firstBrokenId ?? '?',
                  })
                : t('audit.anchorBroken', { problem: verification.anchored.problem })}
          </InlineAlert>
        </div>
      )}
      <form className="audit-filters" onSubmit={submit} aria-label={t('audit.filters')}>
        <label>
          <span>{t('audit.from')}</span>
          <input className="input" type="datetime-local" {...field('from')} />
        </label>
        <label>
          <span>{t('audit.to')}</span>
          <input className="input" type="datetime-local" {...field('to')} />
        </label>
        <label>
          <span>{t('audit.actorName')}</span>
          <input className="input" {...field('actorName')} data-testid="audit-actor-name" />
        </label>
        <label>
          <span>{t('audit.personName')}</span>
          <input className="input" {...field('personName')} data-testid="audit-person-name" />
        </label>
        <label>
          <span>{t('audit.conversation')}</span>
          <input className="input" placeholder="uuid" {...field('conversation')} />
        </label>
        <label>
          <span>{t('audit.action')}</span>
          <input className="input" placeholder="conversation.read" {...field('action')} />
        </label>
        <div className="audit-filters__buttons">
          <Button type="submit" size="sm" variant="primary">
            {t('audit.apply')}
          </Button>
          <Button size="sm" variant="ghost" onClick={() => apply(EMPTY)}>
            {t('audit.clear')}
          </Button>
        </div>
      </form>
      {log.error && (
        <InlineAlert tone="danger">
          {log.needsSecondFactor ? t('audit.needsSecondFactor') : t('audit.error')}
        </InlineAlert>
      )}
      <table className="audit-table" data-testid="audit-table">
        <thead>
          <tr>
            <th scope="col">{t('audit.when')}</th>
            <th scope="col">{t('audit.who')}</th>
            <th scope="col">{t('audit.role')}</th>
            <th scope="col">{t('audit.what')}</th>
            <th scope="col">{t('audit.whose')}</th>
            <th scope="col">{t('audit.where')}</th>
            <th scope="col">#</th>
          </tr>
        </thead>
        <tbody>
          {log.items.map((item) => (
            <tr key={item.id}>
              <td>{time(item.at)}</td>
              <td>
                {item.actor.id ? (
                  <button
                    type="button"
                    className="audit-link"
                    title={t('audit.filterActor')}
                    onClick={() => apply({ ...EMPTY, actor: item.actor.id ?? '' })}
                  >
                    {item.actor.name ?? item.actor.id.slice(0, 8)}
                  </button>
                ) : (
                  t('audit.system')
                )}
              </td>
              <td>{item.actor.role ?? '–'}</td>
              <td>
                {item.label ? (locale === 'nl' ? item.label.nl : item.label.en) : null}{' '}
                <code className="audit-table__code">{item.action}</code>
              </td>
              <td>
                {item.conversationId && (
                  <a href={`#${inboxPath(item.conversationId)}`} className="audit-link">
                    {t('audit.conversationShort', { id: item.conversationId.slice(0, 8) })}
                  </a>
                )}
                {item.contactName && <span className="audit-person"> {item.contactName}</span>}
                {!item.contactName && item.contactRef && (
                  <span className="audit-person" title={item.contactRef}>
                    {' '}
                    {t('audit.pseudonym', { id: item.contactRef.slice(0, 8) })}
                  </span>
                )}
                {item.contactId && (
                  <button
                    type="button"
                    className="audit-link"
                    title={t('audit.filterContact')}
                    onClick={() => apply({ ...EMPTY, contact: item.contactId ?? '' })}
                  >
                    {t('audit.contactShort', { id: item.contactId.slice(0, 8) })}
                  </button>
                )}
              </td>
              <td>{item.ip ?? '–'}</td>
              <td className="audit-table__id">{item.id}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {!log.loading && log.items.length === 0 && <p className="audit__empty">{t('audit.empty')}</p>}
      {log.nextCursor && (
        <div className="audit__more">
          <Button size="sm" busy={log.loading} onClick={log.loadMore}>
            {t('audit.more')}
          </Button>
        </div>
      )}
    </div>
  );
}
