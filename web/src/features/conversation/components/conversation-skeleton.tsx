import { Skeleton } from '../../../components/ui/skeleton';

export function ConversationSkeleton() {
  return (
    <div className="conv-skeleton" aria-hidden="true">
      <div className="conv-skeleton__header">
        <Skeleton width={28} height={28} style={{ borderRadius: 7 }} />
        <div className="conv-skeleton__lines">
          <Skeleton width={180} height={13} />
          <Skeleton width={120} height={10} />
        </div>
      </div>
      {[62, 48, 70, 40].map((width, index) => (
        <div key={index} className={`conv-skeleton__msg ${index % 2 ? 'is-out' : ''}`}>
          <Skeleton width={`${width}%`} height={44} style={{ borderRadius: 10 }} />
        </div>
      ))}
    </div>
  );
}
