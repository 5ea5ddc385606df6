import { Injectable } from '@nestjs/common';

/**
 * The time failed logins are counted in. By default the database's own (`now()`, the transaction's
 * start), so every replica counts the same seconds. A test holds it still and moves it on itself, so a
 * slow machine cannot let a wait run out before the test has checked it.
 */
@Injectable()
export class LoginClock {
  /** The time to count at, or null for the database's. */
  now(): Date | null {
    return null;
  }
}
