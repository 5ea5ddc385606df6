import { Skeleton } from '../../../components/ui/skeleton';

export function QueueSkeleton() {
  return (
    <div className="queue-skeleton" aria-hidden="true" data-testid="queue-loading">
      {Array.from({ length: 9 }, (_, index) => (
        <div key={index} className="queue-skeleton__row">
          <Skeleton width={22} height={22} style={{ borderRadius: 6 }} />
          <div className="queue-skeleton__lines">
            <Skeleton width={`${45 + ((index * 17) % 30)}%`} height={11} />
            <Skeleton width={`${70 + ((index * 11) % 25)}%`} height={10} />
            <Skeleton width={`${25 + ((index * 7) % 20)}%`} height={10} />
          </div>
        </div>
      ))}
    </div>
  );
}
