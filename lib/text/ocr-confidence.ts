/**
 * OCR lines below this confidence (0–1) are marked as doubtful wherever they are shown; tesseract's
 * clean printed text sits at 0.85–0.95, smudged or handwritten lines well below.
 */
export const LOW_CONFIDENCE = 0.6;

export function isLowConfidence(confidence: number | null | undefined): boolean {
  return confidence != null && confidence < LOW_CONFIDENCE;
}
