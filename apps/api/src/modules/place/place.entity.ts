import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { VillageCategory } from './place.enums';

/** 区: one row, 汉滨区 610902. */
@Entity('district')
export class DistrictEntity {
  @PrimaryColumn('varchar', { length: 6 }) code: string;
  @Column('varchar', { length: 50 }) name: string;
  @Column('varchar', { length: 50 }) city: string;
  @Column('varchar', { length: 50 }) province: string;
}

/** 镇 / 街道, keyed by its 9-digit division code. */
@Entity('town')
export class TownEntity {
  @PrimaryColumn('varchar', { length: 9 }) code: string;
  @Column('varchar', { length: 6, name: 'district_code' }) districtCode: string;
  @ManyToOne(() => DistrictEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'district_code' })
  district?: DistrictEntity;
  @Column('varchar', { length: 50 }) name: string;
}

/** 村 / 社区, keyed by its 12-digit division code. */
@Entity('village')
@Index('village_town_idx', ['townCode'])
export class VillageEntity {
  @PrimaryColumn('varchar', { length: 12 }) code: string;
  @Column('varchar', { length: 9, name: 'town_code' }) townCode: string;
  @ManyToOne(() => TownEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'town_code' })
  town?: TownEntity;
  @Column('varchar', { length: 100 }) name: string;
  @Column({ type: 'enum', enum: VillageCategory, enumName: 'village_category', array: true, default: '{}' })
  categories: VillageCategory[];
}
