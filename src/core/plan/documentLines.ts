/** What kind of line of a plan document a line is, for the readers of its parts. */

export const isBlank = (line: string): boolean => line.trim() === "";
// "----", "|---|:--:|", "====", box-drawing rules.
export const isSeparatorRow = (line: string): boolean =>
  /^[\s\-–—=_|+:.*─━═┌┐└┘├┤┬┴┼╔╗╚╝╠╣╦╩╬]*$/.test(line) && /[-–—=_─━═]/.test(line);
// Page-break artefacts copied out of Word or PDF: "- 2 -", "Trang 3", "Trang 3/12", "3/12", "Page 2".
export const isPageArtefact = (line: string): boolean =>
  /^\s*(?:[-–—]\s*\d{1,3}\s*[-–—]|(?:trang|page)\s*\d{1,3}(?:\s*(?:\/|of|trên)\s*\d{1,3})?|\d{1,3}\s*\/\s*\d{1,3})\s*$/i.test(line);
// "II. CÁC GIẢI PHÁP", "III - TỔ CHỨC THỰC HIỆN": the next part of the document.
export const isSectionHeading = (text: string): boolean => /^\s*(?:#+\s*)?[IVX]{1,4}\s*[.)–-]\s*\S/.test(text);
export const isClosing = (text: string): boolean => /^\s*(?:nơi nhận|noi nhan)\b/iu.test(text);
