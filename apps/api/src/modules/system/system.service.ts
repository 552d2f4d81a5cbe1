import type { DataSource } from 'typeorm';
import { DEMO_SEED_NAME } from '../../database/seed/demo';
import { SeedRunEntity } from './system.entity';
import type { SystemInfo } from './system.type';

export class SystemService {
  constructor(private readonly dataSource: DataSource) {}

  async info(): Promise<SystemInfo> {
    const run = await this.dataSource.getRepository(SeedRunEntity).findOneBy({ name: DEMO_SEED_NAME });
    return { demoData: Boolean(run), demoDataDescription: run?.description ?? null };
  }
}
