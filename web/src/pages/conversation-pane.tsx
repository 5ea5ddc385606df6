import { CallBackPanel } from '../features/callbacks/components/call-back-panel';
import { Composer } from '../features/composer/components/composer';
import { ConversationView } from '../features/conversation/components/conversation-view';
import { ContactPrivacy } from '../features/privacy/components/contact-privacy';
import { EscalateButton } from '../features/escalations/components/escalate-button';
import { EscalationPanel } from '../features/escalations/components/escalation-panel';
import { SwitchCard } from '../features/triage/components/switch-card';
import { TriageBar } from '../features/triage/components/triage-bar';
import { sentSwitchOf } from '../features/triage/lib/sent-switch';
import { ApprovalBar } from '../features/workload/components/approval-bar';
import { useCurrentUser } from '../session/use-session';

/** One conversation with everything around it: escalation, triage, the suggested switch, composer, call-backs. */
export function ConversationPane({ id }: { id: string }) {
  const user = useCurrentUser();
  return (
    <ConversationView
      id={id}
      parts={(detail, conversation) => ({
        headerActions: <EscalateButton detail={detail} />,
        aboveThread: (
          <>
            <EscalationPanel conversationId={detail.id} />
            <TriageBar detail={detail} />
          </>
        ),
        suggestion: (detail.suggestedSwitch || sentSwitchOf(detail)) && (
          <SwitchCard
            key={`${detail.id}-${detail.suggestedSwitch?.kind ?? 'sent'}`}
            conversationId={detail.id}
            suggestion={detail.suggestedSwitch}
            sent={sentSwitchOf(detail)}
            onSwitched={conversation.reload}
          />
        ),
        composer: <Composer detail={detail} thread={conversation} />,
        side: <CallBackPanel conversationId={detail.id} />,
        messageFooter: (message) =>
          message.approval && (
            <ApprovalBar
              message={message}
              currentUserId={user.id}
              onChanged={(updated) => conversation.replaceMessage(updated.id, updated)}
            />
          ),
        contactActions: (user.role === 'supervisor' || user.role === 'admin') && (
          <ContactPrivacy contactId={detail.contact.id} />
        ),
      })}
    />
  );
}
