export * from './constants.js';
export { migrate, rollbackAll, migrationSource } from './migrate.js';
export { MIGRATIONS, type NamedMigration } from './migrations/index.js';
export { seedDemo, DEMO_STORE, type SeedDemoOptions } from './seed/demo.js';
export { DEMO_CATALOG, DEMO_SKUS, type DemoProduct } from './seed/demo-catalog.js';
