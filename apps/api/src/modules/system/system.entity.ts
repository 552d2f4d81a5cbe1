import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** Which data sets were loaded into this database, so the UI can label demo data as such. */
@Entity('seed_run')
export class SeedRunEntity {
  @PrimaryColumn('varchar', { length: 50 }) name: string;
  @Column('varchar', { length: 500 }) description: string;
  @CreateDateColumn({ type: 'timestamptz', precision: 3, name: 'seeded_at' }) seededAt: Date;
}
