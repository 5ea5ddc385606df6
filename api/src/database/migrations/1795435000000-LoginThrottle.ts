import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Failed logins counted in PostgreSQL: one limit for every replica, kept across restarts. */
export class LoginThrottle1795435000000 implements MigrationInterface {
  name = 'LoginThrottle1795435000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "login_throttle" ("key" text NOT NULL, "failures" integer NOT NULL DEFAULT '0', "window_started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "blocked_until" TIMESTAMP WITH TIME ZONE, CONSTRAINT "pk_login_throttle" PRIMARY KEY ("key"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "login_throttle"`);
  }
}
