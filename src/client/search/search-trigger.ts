/** Opens the search dialog from the header button, "/" or Ctrl/Cmd+K, loading the search UI on first use. */
const open = () => import('./search-ui').then((m) => m.openSearchDialog());
document.addEventListener('click', (e) => {
  const trigger = e.target instanceof Element ? e.target.closest('[data-search-trigger]') : null;
  if (!trigger || e.metaKey || e.ctrlKey || e.shiftKey) return;
  e.preventDefault();
  void open();
});
document.addEventListener('keydown', (e) => {
  const typing = e.target instanceof HTMLElement && (e.target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(e.target.tagName));
  const shortcut = (e.key === 'k' && (e.metaKey || e.ctrlKey)) || (e.key === '/' && !typing && !e.metaKey && !e.ctrlKey && !e.altKey);
  if (!shortcut || document.querySelector('dialog[data-search-dialog][open]')) return;
  e.preventDefault();
  void open();
});

export {};
