// Single-letter shortcuts must never fire while someone is typing, or steal the browser's own shortcuts.
export function isShortcut(event: KeyboardEvent, key: string): boolean {
  if (event.defaultPrevented || event.repeat || event.altKey || event.ctrlKey || event.metaKey) return false;
  if (event.key.toLowerCase() !== key || (event.shiftKey && key.length === 1)) return false;
  const target = event.target as HTMLElement | null;
  if (!target) return true;
  if (target.isContentEditable) return false;
  return !target.closest("input, textarea, select, [role=textbox], [role=combobox], [role=dialog]");
}
