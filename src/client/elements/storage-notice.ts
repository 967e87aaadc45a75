/**
 * The one polite notice that this browser will not keep what the reader just did (storage blocked
 * or full), shown by the storage door when it first refuses a write: once per page, in a live
 * region, with a way to close it.
 */
let shown = false;

export function showStorageNotice(): void {
  if (shown) return;
  shown = true;
  const notice = document.createElement('aside');
  notice.className = 'storage-notice no-print';
  notice.setAttribute('aria-label', 'Storage notice');
  const text = document.createElement('p');
  // A live region announces changes to its content, so it is in the page before the text arrives.
  text.setAttribute('role', 'status');
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'button';
  close.textContent = 'OK';
  close.setAttribute('aria-label', 'Close the storage notice');
  close.addEventListener('click', () => notice.remove());
  notice.append(text, close);
  document.body.append(notice);
  requestAnimationFrame(() => {
    const link = document.createElement('a');
    link.href = `${import.meta.env.BASE_URL}your-data/`;
    link.textContent = 'Your data on this site';
    text.append('This browser is not letting the site store anything, so what you just did works on this page but will not be kept. ', link);
  });
}
