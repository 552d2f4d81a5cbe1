import type { MigrationInterface, QueryRunner } from 'typeorm';

export class BackgroundImports1795964931915 implements MigrationInterface {
  name = 'BackgroundImports1795964931915';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "import_batch" ADD "done_rows" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "import_batch" ADD "total_rows" integer`);
    await queryRunner.query(`ALTER TABLE "import_batch" ADD "attempts" smallint NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "import_batch" ADD "heartbeat_at" TIMESTAMP(3) WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "import_batch" ADD "error" character varying(500)`);
    await queryRunner.query(`ALTER TYPE "public"."import_status" ADD VALUE 'CHECKING'`);
    await queryRunner.query(`ALTER TYPE "public"."import_status" ADD VALUE 'COMMITTING'`);
    await queryRunner.query(`ALTER TYPE "public"."import_status" ADD VALUE 'FAILED'`);
    await queryRunner.query(`CREATE INDEX "import_batch_queue_idx" ON "import_batch"  ("status", "created_at") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."import_batch_queue_idx"`);
    await queryRunner.query(`CREATE TYPE "public"."import_status_old" AS ENUM('CHECKED', 'REJECTED', 'COMMITTED')`);
    await queryRunner.query(
      `ALTER TABLE "import_batch" ALTER COLUMN "status" TYPE "public"."import_status_old" USING "status"::"text"::"public"."import_status_old"`,
    );
    await queryRunner.query(`DROP TYPE "public"."import_status"`);
    await queryRunner.query(`ALTER TYPE "public"."import_status_old" RENAME TO "import_status"`);
    await queryRunner.query(`ALTER TABLE "import_batch" DROP COLUMN "error"`);
    await queryRunner.query(`ALTER TABLE "import_batch" DROP COLUMN "heartbeat_at"`);
    await queryRunner.query(`ALTER TABLE "import_batch" DROP COLUMN "attempts"`);
    await queryRunner.query(`ALTER TABLE "import_batch" DROP COLUMN "total_rows"`);
    await queryRunner.query(`ALTER TABLE "import_batch" DROP COLUMN "done_rows"`);
  }
}
