/** The kinds added for the namespaces, config, jobs and storage sections, in one chunk the engine loads on the first command (kinds-loader.ts). */
export * from './config-kinds.ts';
export * from './storage-kinds.ts';
export * from './batch-kinds.ts';
