import { CORPUS_CONFIGS } from './configs.ts'
import { MORE_CORPUS_CONFIGS } from './configs-more.ts'

/** Every real config of the corpus: the first ones and those gathered later. */
export const ALL_CORPUS_CONFIGS = [...CORPUS_CONFIGS, ...MORE_CORPUS_CONFIGS]
