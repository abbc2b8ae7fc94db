export { buildBundle } from './bundle';
export { dedupe, type DedupeResult } from './dedupe';
export { sortBundle } from './sort';
export type { PipelineInput, ParsedInput } from './types';
