export { buildDemoData, DEMO_SEED_NAME, seedDemoData, seedDemoDataIfEmpty, type SeedReport } from './demo';
export { FIGURES_2021 } from './figures';
