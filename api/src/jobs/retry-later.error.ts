/** A job asks to be retried: the thing its event refers to may not be stored yet (a race with our own send). */
export class RetryLaterError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'RetryLaterError';
  }
}
