// The config checks as the page loads them: their own chunk, fetched once a config is pasted.
export { checkReadConfig, readConfig, type ConfigCheck } from '../content/config-report.ts'
