import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Monitoring1795931214348 implements MigrationInterface {
  name = 'Monitoring1795931214348';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."household_category" AS ENUM('LIFTED', 'ORDINARY')`);
    await queryRunner.query(
      `CREATE TABLE "household" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(20) NOT NULL, "town_code" character varying(9) NOT NULL, "village_code" character varying(12) NOT NULL, "group_name" character varying(30) NOT NULL DEFAULT '', "address" character varying(200) NOT NULL DEFAULT '', "category" "public"."household_category" NOT NULL, "relocated" boolean NOT NULL DEFAULT false, "phone_sealed" bytea, "phone_masked" character varying(20), "head_name" character varying(50) NOT NULL DEFAULT '', "member_count" smallint NOT NULL DEFAULT '0', "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_26e9111eab2b8908fefe3c645f5" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "household_code_key" ON "household"  ("code") `);
    await queryRunner.query(`CREATE INDEX "household_town_idx" ON "household"  ("town_code", "code") `);
    await queryRunner.query(`CREATE INDEX "household_village_idx" ON "household"  ("village_code") `);
    await queryRunner.query(`CREATE TYPE "public"."gender" AS ENUM('MALE', 'FEMALE')`);
    await queryRunner.query(
      `CREATE TYPE "public"."relation" AS ENUM('HEAD', 'SPOUSE', 'CHILD', 'CHILD_IN_LAW', 'GRANDCHILD', 'PARENT', 'GRANDPARENT', 'SIBLING', 'OTHER')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."health_status" AS ENUM('HEALTHY', 'CHRONIC_ILLNESS', 'SERIOUS_ILLNESS', 'DISABLED')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."education" AS ENUM('PRESCHOOL', 'IN_SCHOOL', 'ILLITERATE', 'PRIMARY', 'JUNIOR_HIGH', 'SENIOR_HIGH', 'VOCATIONAL', 'COLLEGE')`,
    );
    await queryRunner.query(`CREATE TYPE "public"."labour_skill" AS ENUM('SKILLED', 'ORDINARY', 'WEAK', 'NONE')`);
    await queryRunner.query(
      `CREATE TYPE "public"."work_status" AS ENUM('LOCAL', 'MIGRANT', 'PUBLIC_WELFARE_JOB', 'FARMING', 'STUDENT', 'NOT_WORKING')`,
    );
    await queryRunner.query(
      `CREATE TABLE "person" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "household_id" uuid NOT NULL, "name" character varying(50) NOT NULL, "id_number_sealed" bytea NOT NULL, "id_number_hash" character(64) NOT NULL, "id_number_masked" character varying(18) NOT NULL, "gender" "public"."gender" NOT NULL, "birth_date" date NOT NULL, "relation" "public"."relation" NOT NULL, "health" "public"."health_status" NOT NULL DEFAULT 'HEALTHY', "education" "public"."education" NOT NULL, "labour_skill" "public"."labour_skill" NOT NULL, "work_status" "public"."work_status" NOT NULL, "work_place" character varying(100) NOT NULL DEFAULT '', "medical_insured" boolean NOT NULL DEFAULT true, "pension_insured" boolean NOT NULL DEFAULT false, "family_doctor" boolean NOT NULL DEFAULT false, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5fdaf670315c4b7e70cce85daa3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "person_id_number_hash_key" ON "person"  ("id_number_hash") `);
    await queryRunner.query(`CREATE INDEX "person_name_idx" ON "person"  ("name") `);
    await queryRunner.query(`CREATE INDEX "person_household_idx" ON "person"  ("household_id") `);
    await queryRunner.query(
      `CREATE TABLE "household_year" ("household_id" uuid NOT NULL, "year" smallint NOT NULL, "wage_income" numeric(18,2) NOT NULL, "operating_income" numeric(18,2) NOT NULL, "property_income" numeric(18,2) NOT NULL, "transfer_income" numeric(18,2) NOT NULL, "compliant_expenses" numeric(18,2) NOT NULL, "member_count" smallint NOT NULL, "net_income_per_person" numeric(18,2) NOT NULL, "food_clothing_secure" boolean NOT NULL, "education_secure" boolean NOT NULL, "medical_secure" boolean NOT NULL, "housing_secure" boolean NOT NULL, "water_secure" boolean NOT NULL, "version" integer NOT NULL DEFAULT '1', "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "household_year_amounts_check" CHECK (wage_income >= 0 AND operating_income >= 0 AND property_income >= 0 AND transfer_income >= 0 AND compliant_expenses >= 0 AND member_count > 0), CONSTRAINT "PK_213eaef0303821805124b464a18" PRIMARY KEY ("household_id", "year"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "monitoring_line" ("year" smallint NOT NULL, "amount" numeric(18,2) NOT NULL, "effective_on" date NOT NULL, "document" character varying(200) NOT NULL DEFAULT '', "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "monitoring_line_amount_check" CHECK (amount > 0), CONSTRAINT "PK_6fc27f2bd3b54571f2f899ad06d" PRIMARY KEY ("year"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "monitoring_procedure" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(40) NOT NULL, "name" character varying(100) NOT NULL, "effective_from" date NOT NULL, "total_working_days" smallint NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_50fb8828736ab9510d08075d461" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "monitoring_procedure_code_key" ON "monitoring_procedure"  ("code") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "monitoring_procedure_effective_key" ON "monitoring_procedure"  ("effective_from") `,
    );
    await queryRunner.query(`CREATE TYPE "public"."step_actor" AS ENUM('TOWN', 'DISTRICT')`);
    await queryRunner.query(
      `CREATE TYPE "public"."attachment_kind" AS ENUM('CONSENT_FORM', 'REVIEW_MINUTES', 'NOTICE_PHOTO', 'VISIT_RECORD', 'OTHER')`,
    );
    await queryRunner.query(
      `CREATE TABLE "monitoring_procedure_step" ("procedure_id" uuid NOT NULL, "position" smallint NOT NULL, "code" character varying(40) NOT NULL, "name" character varying(50) NOT NULL, "actor" "public"."step_actor" NOT NULL, "time_limit_days" smallint, "minimum_days" smallint, "can_reject" boolean NOT NULL DEFAULT false, "records_notice" boolean NOT NULL DEFAULT false, "required_attachments" "public"."attachment_kind" array NOT NULL DEFAULT '{}', CONSTRAINT "monitoring_procedure_step_limits_check" CHECK (position > 0 AND (time_limit_days IS NULL OR time_limit_days > 0) AND (minimum_days IS NULL OR minimum_days > 0)), CONSTRAINT "PK_811b48c7b26f7afdb69fe1d34f3" PRIMARY KEY ("procedure_id", "position"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "monitoring_procedure_step_code_key" ON "monitoring_procedure_step"  ("procedure_id", "code") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."monitoring_type" AS ENUM('UNSTABLE_LIFTED', 'MARGINAL_AT_RISK', 'SUDDEN_HARDSHIP')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."discovery_channel" AS ENUM('SELF_REPORT', 'CADRE_VISIT', 'AGENCY_SCREENING', 'SUPERVISION_FEEDBACK', 'PLATFORM_ANALYSIS')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."risk_kind" AS ENUM('ILLNESS', 'DISABILITY', 'EDUCATION_COST', 'DISASTER', 'ACCIDENT', 'INCOME_DROP', 'UNEMPLOYMENT', 'HOUSING', 'WATER', 'OTHER')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."case_status" AS ENUM('IDENTIFYING', 'MONITORING', 'REJECTED', 'CLOSED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "monitoring_case" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(20) NOT NULL, "household_id" uuid NOT NULL, "town_code" character varying(9) NOT NULL, "village_code" character varying(12) NOT NULL, "procedure_id" uuid NOT NULL, "type" "public"."monitoring_type" NOT NULL, "channel" "public"."discovery_channel" NOT NULL, "risk_kinds" "public"."risk_kind" array NOT NULL, "reason" character varying(500) NOT NULL, "green_channel" boolean NOT NULL DEFAULT false, "status" "public"."case_status" NOT NULL DEFAULT 'IDENTIFYING', "completed_steps" smallint NOT NULL DEFAULT '1', "next_step_due_on" date, "opened_on" date NOT NULL, "identified_on" date, "closed_on" date, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "monitoring_case_green_channel_check" CHECK (NOT green_channel OR type = 'SUDDEN_HARDSHIP'), CONSTRAINT "PK_9e5ef898e468706ffb1f4c6e195" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "monitoring_case_code_key" ON "monitoring_case"  ("code") `);
    await queryRunner.query(`CREATE INDEX "monitoring_case_due_idx" ON "monitoring_case"  ("next_step_due_on") `);
    await queryRunner.query(
      `CREATE INDEX "monitoring_case_town_idx" ON "monitoring_case"  ("town_code", "status", "completed_steps") `,
    );
    await queryRunner.query(
      `CREATE INDEX "monitoring_case_household_idx" ON "monitoring_case"  ("household_id", "opened_on") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "monitoring_case_open_key" ON "monitoring_case"  ("household_id") WHERE status IN ('IDENTIFYING', 'MONITORING')`,
    );
    await queryRunner.query(`CREATE TYPE "public"."step_outcome" AS ENUM('PASSED', 'REJECTED')`);
    await queryRunner.query(
      `CREATE TABLE "monitoring_case_step" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "position" smallint NOT NULL, "step_code" character varying(40) NOT NULL, "outcome" "public"."step_outcome" NOT NULL, "acted_on" date NOT NULL, "due_on" date, "late" boolean NOT NULL DEFAULT false, "actor_id" uuid, "actor_name" character varying(100) NOT NULL, "note" character varying(1000) NOT NULL DEFAULT '', "notice_start" date, "notice_end" date, "recorded_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "monitoring_case_step_notice_check" CHECK (notice_end IS NULL OR notice_start IS NULL OR notice_end >= notice_start), CONSTRAINT "PK_a47f5681b7dd1b4ef82a886eb1c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "monitoring_case_step_key" ON "monitoring_case_step"  ("case_id", "position") `,
    );
    await queryRunner.query(
      `CREATE TABLE "monitoring_attachment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "step_id" uuid, "kind" "public"."attachment_kind" NOT NULL, "file_name" character varying(200) NOT NULL, "content_type" character varying(50) NOT NULL, "size" integer NOT NULL, "sha256" character(64) NOT NULL, "content" bytea NOT NULL, "uploaded_by" uuid, "uploaded_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "monitoring_attachment_size_check" CHECK (size > 0 AND size <= 5242880), CONSTRAINT "PK_9699dc2897a1cb525cc40dedd28" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "monitoring_attachment_case_idx" ON "monitoring_attachment"  ("case_id") `);
    await queryRunner.query(
      `CREATE TYPE "public"."assistance_kind" AS ENUM('INDUSTRY', 'EMPLOYMENT', 'PUBLIC_WELFARE_JOB', 'HEALTH', 'EDUCATION', 'HOUSING', 'WATER', 'SOCIAL_SECURITY', 'SMALL_CREDIT', 'TEMPORARY_RELIEF', 'OTHER')`,
    );
    await queryRunner.query(
      `CREATE TABLE "assistance_measure" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "kind" "public"."assistance_kind" NOT NULL, "description" character varying(500) NOT NULL, "responsible_person" character varying(50) NOT NULL, "responsible_unit" character varying(100) NOT NULL DEFAULT '', "start_on" date NOT NULL, "end_on" date, "amount" numeric(18,2), "before_identification" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "assistance_measure_amount_check" CHECK (amount IS NULL OR amount >= 0), CONSTRAINT "assistance_measure_dates_check" CHECK (end_on IS NULL OR end_on >= start_on), CONSTRAINT "PK_4a0c6628d286ff5fed7c5898e8c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "assistance_measure_case_idx" ON "assistance_measure"  ("case_id", "start_on") `,
    );
    await queryRunner.query(`CREATE TYPE "public"."elimination_method" AS ENUM('ASSISTANCE', 'NATURAL')`);
    await queryRunner.query(
      `CREATE TABLE "risk_elimination" ("case_id" uuid NOT NULL, "method" "public"."elimination_method" NOT NULL, "eliminated_on" date NOT NULL, "income_year" smallint NOT NULL, "net_income_per_person" numeric(18,2) NOT NULL, "monitoring_line" numeric(18,2) NOT NULL, "note" character varying(1000) NOT NULL DEFAULT '', "recorded_by" character varying(100) NOT NULL, "recorded_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_73cc911c9ce229eb289fc7ccb6a" PRIMARY KEY ("case_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "follow_up_visit" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "visited_on" date NOT NULL, "visitor" character varying(50) NOT NULL, "stable" boolean NOT NULL, "finding" character varying(500) NOT NULL DEFAULT '', "recorded_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6931e0523d069c1adcb15815917" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "follow_up_visit_case_idx" ON "follow_up_visit"  ("case_id", "visited_on") `);
    await queryRunner.query(
      `CREATE TABLE "calendar_day" ("day" date NOT NULL, "working" boolean NOT NULL, "name" character varying(50) NOT NULL DEFAULT '', "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0f0fd32432f4e23544a28c0562b" PRIMARY KEY ("day"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "household" ADD CONSTRAINT "FK_4551c6d14c00b52b1d441e4b2ad" FOREIGN KEY ("town_code") REFERENCES "town"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "household" ADD CONSTRAINT "FK_6013a0cd9c82d05a19236bcba72" FOREIGN KEY ("village_code") REFERENCES "village"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "person" ADD CONSTRAINT "FK_16dad48a2655f1b407d5f35a60b" FOREIGN KEY ("household_id") REFERENCES "household"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "household_year" ADD CONSTRAINT "FK_2763de41a8825eee7e1e46cf29b" FOREIGN KEY ("household_id") REFERENCES "household"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "monitoring_procedure_step" ADD CONSTRAINT "FK_2c0da7424a4d07a07df3270cace" FOREIGN KEY ("procedure_id") REFERENCES "monitoring_procedure"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "monitoring_case" ADD CONSTRAINT "FK_8d94eb8eb6733f1b85257e95524" FOREIGN KEY ("household_id") REFERENCES "household"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "monitoring_case" ADD CONSTRAINT "FK_65ea98e9801f6cd98be74baa80a" FOREIGN KEY ("procedure_id") REFERENCES "monitoring_procedure"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "monitoring_case_step" ADD CONSTRAINT "FK_ae5493bb3ba4e595f48804eb3fa" FOREIGN KEY ("case_id") REFERENCES "monitoring_case"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "monitoring_attachment" ADD CONSTRAINT "FK_d4d871fd2fa9d12fe7de0178f03" FOREIGN KEY ("case_id") REFERENCES "monitoring_case"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "monitoring_attachment" ADD CONSTRAINT "FK_b0b589749f8b4768399f4462068" FOREIGN KEY ("step_id") REFERENCES "monitoring_case_step"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assistance_measure" ADD CONSTRAINT "FK_44f84a66e8c6b9314cec03a9ac2" FOREIGN KEY ("case_id") REFERENCES "monitoring_case"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "risk_elimination" ADD CONSTRAINT "FK_73cc911c9ce229eb289fc7ccb6a" FOREIGN KEY ("case_id") REFERENCES "monitoring_case"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "follow_up_visit" ADD CONSTRAINT "FK_af6c41092f6af9476cd5fb4e56d" FOREIGN KEY ("case_id") REFERENCES "monitoring_case"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "follow_up_visit" DROP CONSTRAINT "FK_af6c41092f6af9476cd5fb4e56d"`);
    await queryRunner.query(`ALTER TABLE "risk_elimination" DROP CONSTRAINT "FK_73cc911c9ce229eb289fc7ccb6a"`);
    await queryRunner.query(`ALTER TABLE "assistance_measure" DROP CONSTRAINT "FK_44f84a66e8c6b9314cec03a9ac2"`);
    await queryRunner.query(`ALTER TABLE "monitoring_attachment" DROP CONSTRAINT "FK_b0b589749f8b4768399f4462068"`);
    await queryRunner.query(`ALTER TABLE "monitoring_attachment" DROP CONSTRAINT "FK_d4d871fd2fa9d12fe7de0178f03"`);
    await queryRunner.query(`ALTER TABLE "monitoring_case_step" DROP CONSTRAINT "FK_ae5493bb3ba4e595f48804eb3fa"`);
    await queryRunner.query(`ALTER TABLE "monitoring_case" DROP CONSTRAINT "FK_65ea98e9801f6cd98be74baa80a"`);
    await queryRunner.query(`ALTER TABLE "monitoring_case" DROP CONSTRAINT "FK_8d94eb8eb6733f1b85257e95524"`);
    await queryRunner.query(`ALTER TABLE "monitoring_procedure_step" DROP CONSTRAINT "FK_2c0da7424a4d07a07df3270cace"`);
    await queryRunner.query(`ALTER TABLE "household_year" DROP CONSTRAINT "FK_2763de41a8825eee7e1e46cf29b"`);
    await queryRunner.query(`ALTER TABLE "person" DROP CONSTRAINT "FK_16dad48a2655f1b407d5f35a60b"`);
    await queryRunner.query(`ALTER TABLE "household" DROP CONSTRAINT "FK_6013a0cd9c82d05a19236bcba72"`);
    await queryRunner.query(`ALTER TABLE "household" DROP CONSTRAINT "FK_4551c6d14c00b52b1d441e4b2ad"`);
    await queryRunner.query(`DROP TABLE "calendar_day"`);
    await queryRunner.query(`DROP INDEX "public"."follow_up_visit_case_idx"`);
    await queryRunner.query(`DROP TABLE "follow_up_visit"`);
    await queryRunner.query(`DROP TABLE "risk_elimination"`);
    await queryRunner.query(`DROP TYPE "public"."elimination_method"`);
    await queryRunner.query(`DROP INDEX "public"."assistance_measure_case_idx"`);
    await queryRunner.query(`DROP TABLE "assistance_measure"`);
    await queryRunner.query(`DROP TYPE "public"."assistance_kind"`);
    await queryRunner.query(`DROP INDEX "public"."monitoring_attachment_case_idx"`);
    await queryRunner.query(`DROP TABLE "monitoring_attachment"`);
    await queryRunner.query(`DROP INDEX "public"."monitoring_case_step_key"`);
    await queryRunner.query(`DROP TABLE "monitoring_case_step"`);
    await queryRunner.query(`DROP TYPE "public"."step_outcome"`);
    await queryRunner.query(`DROP INDEX "public"."monitoring_case_open_key"`);
    await queryRunner.query(`DROP INDEX "public"."monitoring_case_household_idx"`);
    await queryRunner.query(`DROP INDEX "public"."monitoring_case_town_idx"`);
    await queryRunner.query(`DROP INDEX "public"."monitoring_case_due_idx"`);
    await queryRunner.query(`DROP INDEX "public"."monitoring_case_code_key"`);
    await queryRunner.query(`DROP TABLE "monitoring_case"`);
    await queryRunner.query(`DROP TYPE "public"."case_status"`);
    await queryRunner.query(`DROP TYPE "public"."risk_kind"`);
    await queryRunner.query(`DROP TYPE "public"."discovery_channel"`);
    await queryRunner.query(`DROP TYPE "public"."monitoring_type"`);
    await queryRunner.query(`DROP INDEX "public"."monitoring_procedure_step_code_key"`);
    await queryRunner.query(`DROP TABLE "monitoring_procedure_step"`);
    await queryRunner.query(`DROP TYPE "public"."attachment_kind"`);
    await queryRunner.query(`DROP TYPE "public"."step_actor"`);
    await queryRunner.query(`DROP INDEX "public"."monitoring_procedure_effective_key"`);
    await queryRunner.query(`DROP INDEX "public"."monitoring_procedure_code_key"`);
    await queryRunner.query(`DROP TABLE "monitoring_procedure"`);
    await queryRunner.query(`DROP TABLE "monitoring_line"`);
    await queryRunner.query(`DROP TABLE "household_year"`);
    await queryRunner.query(`DROP INDEX "public"."person_household_idx"`);
    await queryRunner.query(`DROP INDEX "public"."person_name_idx"`);
    await queryRunner.query(`DROP INDEX "public"."person_id_number_hash_key"`);
    await queryRunner.query(`DROP TABLE "person"`);
    await queryRunner.query(`DROP TYPE "public"."work_status"`);
    await queryRunner.query(`DROP TYPE "public"."labour_skill"`);
    await queryRunner.query(`DROP TYPE "public"."education"`);
    await queryRunner.query(`DROP TYPE "public"."health_status"`);
    await queryRunner.query(`DROP TYPE "public"."relation"`);
    await queryRunner.query(`DROP TYPE "public"."gender"`);
    await queryRunner.query(`DROP INDEX "public"."household_village_idx"`);
    await queryRunner.query(`DROP INDEX "public"."household_town_idx"`);
    await queryRunner.query(`DROP INDEX "public"."household_code_key"`);
    await queryRunner.query(`DROP TABLE "household"`);
    await queryRunner.query(`DROP TYPE "public"."household_category"`);
  }
}
