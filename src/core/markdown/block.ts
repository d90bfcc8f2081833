import type { Block } from '../text/blocks';

/** The rule engine's block type: Markdown input hands its blocks to `lint`. */
export type { Block, BlockKind } from '../text/blocks';

/** A document made ready for linting. */
export interface Prose {
  /**
   * The source with code, front matter, comments and markup replaced by spaces: same length and
   * line breaks as the source, unless inline markup was left out (then see `sourceOffsets`).
   */
  text: string;
  /** Prose blocks (and code blocks, marked `code`) in document order, never overlapping; offsets into `text`. */
  blocks: Block[];
  /** Only for compact prose: the source offset of each offset of `text`, plus one for its end. */
  sourceOffsets?: number[];
}
