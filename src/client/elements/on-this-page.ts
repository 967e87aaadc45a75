/**
 * "On this page": marks the link of the section being read with aria-current, as the reader
 * scrolls. The current section is the last whose top has passed a third of the way down the
 * window; at the very bottom, the last section, which may be too short to get that far. Every
 * link's target exists (the site's link check holds every fragment to that).
 */
class OnThisPage extends HTMLElement {
  connectedCallback() {
    const links = [...this.querySelectorAll('a')];
    const update = () => {
      let current: HTMLAnchorElement | undefined;
      for (const a of links) if (document.getElementById(a.hash.slice(1))!.getBoundingClientRect().top < innerHeight / 3) current = a;
      if (current && innerHeight + scrollY > document.body.scrollHeight - 2) current = links.at(-1);
      // ARIA reflection: null removes the attribute.
      for (const a of links) a.ariaCurrent = a == current ? 'true' : null;
    };
    addEventListener('scroll', update, { passive: true });
    update();
  }
}
customElements.define('on-this-page', OnThisPage);

export {};
