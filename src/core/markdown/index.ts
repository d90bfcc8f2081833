export type { Block, BlockKind, Prose } from './block';
export { findFrontMatter, type FrontMatter } from './front-matter';
export { formatOf, markdownToProse, plainTextToProse, sourceSpan, toProse, type InputFormat, type ProseOptions } from './prose';
export { chunkProse, type ProseChunk } from './chunk';
