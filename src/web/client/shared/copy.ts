/**
 * Copies a read-only field's text. The Clipboard API needs a secure context (HTTPS or loopback);
 * elsewhere the older selection-based copy still works, and if both fail the text is left
 * selected so the person can copy it themselves.
 */
export async function copyField(input: HTMLInputElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(input.value);
    return true;
  } catch {
    input.focus();
    input.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    }
  }
}
