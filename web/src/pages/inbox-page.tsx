import { useCallback, useMemo, useState } from 'react';
import { inboxPath, navigate } from '../lib/router';
import { ConversationPane } from './conversation-pane';
import { QueuePanel } from '../features/queue/components/queue-panel';
import { QueueContext, type QueueContextValue } from '../features/queue/hooks/use-queue-context';
import { useQueue } from '../features/queue/hooks/use-queue';
import { useQueueFilters } from '../features/queue/hooks/use-queue-filters';
import { useInboxShortcuts } from './use-inbox-shortcuts';
import { NoConversation } from './no-conversation';
import './pages.css';

export function InboxPage({ conversationId }: { conversationId: string | null }) {
  const filters = useQueueFilters();
  const queue = useQueue(filters.filters);
  const [cursorId, setCursorId] = useState<string | null>(null);

  const open = useCallback((id: string | null) => {
    if (id) setCursorId(id);
    navigate(inboxPath(id));
  }, []);

  const context = useMemo<QueueContextValue>(
    () => ({ queue, filters, cursorId, setCursorId, openId: conversationId, open }),
    [queue, filters, cursorId, conversationId, open],
  );
  useInboxShortcuts(context);

  return (
    <QueueContext.Provider value={context}>
      <div className={`inbox ${conversationId ? 'inbox--open' : ''}`}>
        <QueuePanel />
        {conversationId ? <ConversationPane key={conversationId} id={conversationId} /> : <NoConversation />}
      </div>
    </QueueContext.Provider>
  );
}
