import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Supervision1795937227632 implements MigrationInterface {
  name = 'Supervision1795937227632';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "supervision_group" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(50) NOT NULL, "leader_name" character varying(50) NOT NULL, "position" smallint NOT NULL DEFAULT '0', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2454ee9775dbe8d20cb27b8ebbe" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "supervision_group_name_key" ON "supervision_group"  ("name") `);
    await queryRunner.query(
      `CREATE TABLE "supervision_group_town" ("town_code" character varying(9) NOT NULL, "group_id" uuid NOT NULL, CONSTRAINT "PK_ed51e5c37dd769dee69c9d0a6e5" PRIMARY KEY ("town_code"))`,
    );
    await queryRunner.query(`CREATE TYPE "public"."supervision_status" AS ENUM('ASSIGNED', 'RECTIFIED', 'CLOSED')`);
    await queryRunner.query(
      `CREATE TABLE "supervision_task" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(20) NOT NULL, "group_id" uuid NOT NULL, "town_code" character varying(9) NOT NULL, "village_code" character varying(12), "finding" character varying(1000) NOT NULL, "found_on" date NOT NULL, "assigned_unit" character varying(100) NOT NULL, "deadline" date NOT NULL, "status" "public"."supervision_status" NOT NULL DEFAULT 'ASSIGNED', "rectification" character varying(1000), "rectified_on" date, "recheck_note" character varying(1000), "rechecked_on" date, "failed_rechecks" smallint NOT NULL DEFAULT '0', "closed_on" date, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "supervision_task_dates_check" CHECK (deadline >= found_on), CONSTRAINT "PK_b2ba3c8e27b3ba5a8241ab7ef14" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "supervision_task_code_key" ON "supervision_task"  ("code") `);
    await queryRunner.query(`CREATE INDEX "supervision_task_deadline_idx" ON "supervision_task"  ("deadline") `);
    await queryRunner.query(`CREATE INDEX "supervision_task_town_idx" ON "supervision_task"  ("town_code", "status") `);
    await queryRunner.query(
      `ALTER TABLE "supervision_group_town" ADD CONSTRAINT "FK_ed51e5c37dd769dee69c9d0a6e5" FOREIGN KEY ("town_code") REFERENCES "town"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "supervision_group_town" ADD CONSTRAINT "FK_43754817fd83f36b9ee4f6ffdbe" FOREIGN KEY ("group_id") REFERENCES "supervision_group"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "supervision_task" ADD CONSTRAINT "FK_b62dec8dff3c146310a44cc0e69" FOREIGN KEY ("group_id") REFERENCES "supervision_group"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "supervision_task" ADD CONSTRAINT "FK_32097c0825f7d91fbadd8d38a9e" FOREIGN KEY ("town_code") REFERENCES "town"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "supervision_task" ADD CONSTRAINT "FK_ddf5e3a1794e456f15ac3c7f881" FOREIGN KEY ("village_code") REFERENCES "village"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "supervision_task" DROP CONSTRAINT "FK_ddf5e3a1794e456f15ac3c7f881"`);
    await queryRunner.query(`ALTER TABLE "supervision_task" DROP CONSTRAINT "FK_32097c0825f7d91fbadd8d38a9e"`);
    await queryRunner.query(`ALTER TABLE "supervision_task" DROP CONSTRAINT "FK_b62dec8dff3c146310a44cc0e69"`);
    await queryRunner.query(`ALTER TABLE "supervision_group_town" DROP CONSTRAINT "FK_43754817fd83f36b9ee4f6ffdbe"`);
    await queryRunner.query(`ALTER TABLE "supervision_group_town" DROP CONSTRAINT "FK_ed51e5c37dd769dee69c9d0a6e5"`);
    await queryRunner.query(`DROP INDEX "public"."supervision_task_town_idx"`);
    await queryRunner.query(`DROP INDEX "public"."supervision_task_deadline_idx"`);
    await queryRunner.query(`DROP INDEX "public"."supervision_task_code_key"`);
    await queryRunner.query(`DROP TABLE "supervision_task"`);
    await queryRunner.query(`DROP TYPE "public"."supervision_status"`);
    await queryRunner.query(`DROP TABLE "supervision_group_town"`);
    await queryRunner.query(`DROP INDEX "public"."supervision_group_name_key"`);
    await queryRunner.query(`DROP TABLE "supervision_group"`);
  }
}
