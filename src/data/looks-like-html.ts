/** A web page where a CSV should be: typically a login or error page from a sharing link. */
export function looksLikeHtml(text: string): boolean {
  return /^\s*<(!doctype\s+html|html[\s>]|head[\s>]|body[\s>])/i.test(text.replace(/^\uFEFF/, ''));
}
