/** Copy-link buttons next to headings: copy an absolute link to the section or the page. */
class CopyLink extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button');
    const status = this.querySelector<HTMLElement>('[role="status"]');
    const badge = this.querySelector<HTMLElement>('.copied');
    if (!button || !status || !badge || !navigator.clipboard) return;
    button.addEventListener('click', async () => {
      const url = new URL(location.href);
      url.hash = this.dataset.target ?? '';
      try {
        await navigator.clipboard.writeText(url.href);
        status.textContent = badge.textContent = 'Link copied';
      } catch {
        status.textContent = badge.textContent = 'Could not copy';
      }
      setTimeout(() => (status.textContent = badge.textContent = ''), 2000);
    });
  }
}
customElements.define('copy-link', CopyLink);

export {};
