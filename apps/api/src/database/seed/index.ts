export { buildDemoData, DEMO_SEED_NAME, seedDemoData, seedDemoDataIfEmpty, type SeedReport } from './demo';
export { FIGURES_2021 } from './figures';
export { DEMO_INITIAL_PASSWORD, DEMO_USERS } from './users';
