/**
 * The header's search: a link to /search/ (what it stays without scripts) that opens a modal
 * dialog instead, as do "/" and Ctrl/Cmd+K anywhere on the page. On the first opening the panel's
 * code loads and its markup is taken from the search page (the same panel, built once), so other
 * pages carry neither before a reader asks for search.
 */
class SearchDialog extends HTMLElement {
  #dialog!: HTMLDialogElement;

  connectedCallback() {
    this.#dialog = this.querySelector('dialog')!;
    this.querySelector<HTMLAnchorElement>('a.search-button')!.addEventListener('click', (e) => {
      if (e.metaKey || e.ctrlKey || e.shiftKey) return;
      e.preventDefault();
      void this.#open();
    });
    // The shortcuts work wherever focus is, so they are the one listener on the document.
    document.addEventListener('keydown', (e) => this.#onShortcut(e));
    // The close button, or a click on the backdrop (which lands on the dialog itself).
    this.#dialog.addEventListener('click', (e) => {
      if (e.target === this.#dialog || (e.target as Element).closest('.search-close')) this.#dialog.close();
    });
    // A search input would use the first Escape to clear itself; here Escape always closes.
    this.#dialog.addEventListener('keydown', (e) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      this.#dialog.close();
    });
  }

  #onShortcut(e: KeyboardEvent) {
    const typing = e.target instanceof HTMLElement && (e.target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(e.target.tagName));
    const shortcut = (e.key === 'k' && (e.metaKey || e.ctrlKey)) || (e.key === '/' && !typing && !e.metaKey && !e.ctrlKey && !e.altKey);
    if (!shortcut || this.#dialog.open) return;
    e.preventDefault();
    void this.#open();
  }

  async #open() {
    try {
      await Promise.all([import('./search-panel'), this.#addPanel()]);
    } catch {
      // Offline with nothing cached, say: the search page is where the link goes anyway.
      location.assign(this.querySelector<HTMLAnchorElement>('a.search-button')!.href);
      return;
    }
    // Closing a modal dialog gives focus back to where it was when it opened.
    if (!this.#dialog.open) this.#dialog.showModal();
    const input = this.querySelector<HTMLInputElement>('search-panel input')!;
    input.focus();
    input.select();
  }

  /** Puts the search page's panel in the dialog, once, under the dialog's own ids. */
  async #addPanel() {
    if (this.#dialog.querySelector('search-panel')) return;
    const response = await fetch(this.querySelector<HTMLAnchorElement>('a.search-button')!.href);
    if (!response.ok) throw new Error(`search page: ${response.status}`);
    const panel = new DOMParser().parseFromString(await response.text(), 'text/html').querySelector('search-panel')!;
    panel.removeAttribute('sync-url');
    if (!this.#dialog.querySelector('search-panel')) this.#dialog.insertAdjacentHTML('beforeend', panel.outerHTML.replaceAll('page-search', 'dialog-search'));
  }
}
customElements.define('search-dialog', SearchDialog);
