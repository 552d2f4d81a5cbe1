export {
  buildDemoData,
  DEMO_SEED_NAME,
  type SeedOptions,
  type SeedReport,
  seedDemoData,
  seedDemoDataIfEmpty,
} from './demo';
export { FIGURES_2021 } from './figures';
export { buildMonitoringData, type MonitoringSeed } from './monitoring';
export { DEMO_INITIAL_PASSWORD, DEMO_USERS } from './users';
