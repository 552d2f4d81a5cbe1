import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DataExport1795954070492 implements MigrationInterface {
  name = 'DataExport1795954070492';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."export_status" AS ENUM('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED')`);
    await queryRunner.query(
      `CREATE TABLE "export_job" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "dataset" character varying(40) NOT NULL, "variables" jsonb NOT NULL, "status" "public"."export_status" NOT NULL DEFAULT 'QUEUED', "user_id" uuid NOT NULL, "total_rows" integer, "done_rows" integer NOT NULL DEFAULT '0', "file_name" character varying(200) NOT NULL, "byte_size" bigint, "sha256" character(64), "error" character varying(500), "attempts" integer NOT NULL DEFAULT '0', "request_id" character varying(64), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "started_at" TIMESTAMP(3) WITH TIME ZONE, "heartbeat_at" TIMESTAMP(3) WITH TIME ZONE, "finished_at" TIMESTAMP(3) WITH TIME ZONE, "expires_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "PK_2edcb6f1780d22e5a9f2f29f466" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "export_job_owner_idx" ON "export_job"  ("user_id", "created_at") `);
    await queryRunner.query(`CREATE INDEX "export_job_queue_idx" ON "export_job"  ("status", "created_at") `);
    await queryRunner.query(
      `CREATE TABLE "export_file_chunk" ("job_id" uuid NOT NULL, "seq" integer NOT NULL, "data" bytea NOT NULL, CONSTRAINT "PK_dfc7f6d6fa7e4fbbd9609ddd328" PRIMARY KEY ("job_id", "seq"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "export_job" ADD CONSTRAINT "FK_5eea97633813afb275b9e6c859e" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "export_file_chunk" ADD CONSTRAINT "FK_c6002d4ada6084005a2d1744a4b" FOREIGN KEY ("job_id") REFERENCES "export_job"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "export_file_chunk" DROP CONSTRAINT "FK_c6002d4ada6084005a2d1744a4b"`);
    await queryRunner.query(`ALTER TABLE "export_job" DROP CONSTRAINT "FK_5eea97633813afb275b9e6c859e"`);
    await queryRunner.query(`DROP TABLE "export_file_chunk"`);
    await queryRunner.query(`DROP INDEX "public"."export_job_queue_idx"`);
    await queryRunner.query(`DROP INDEX "public"."export_job_owner_idx"`);
    await queryRunner.query(`DROP TABLE "export_job"`);
    await queryRunner.query(`DROP TYPE "public"."export_status"`);
  }
}
