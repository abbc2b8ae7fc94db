import type { InputRejection } from './types';

/** Why an input cannot become text; the subset of InputRejection reasons a reader decides. */
export type RejectReason = InputRejection['reason'];

/**
 * A rejection whose message names the file and the place, Chinese first, then English,
 * e.g. `文件「a.pdf」（第 1 页）：没有文字层（需要 OCR） / a.pdf (page 1): no text layer (needs OCR)`.
 */
export function reject(
  reason: RejectReason,
  fileName: string,
  zh: string,
  en: string,
  place?: { zh: string; en: string }
): InputRejection {
  const zhPlace = place ? `（${place.zh}）` : '';
  const enPlace = place ? ` (${place.en})` : '';
  return {
    rejected: true,
    reason,
    message: `文件「${fileName}」${zhPlace}：${zh} / ${fileName}${enPlace}: ${en}`
  };
}
