/**
 * The live view's build-time text (demo-words.ts): from this page's <template id="sd-live"> when it
 * has one (the demo's own page), otherwise from the demo's page, fetched once the reader opts in.
 */
import type { LiveText, PassageName } from './demo-words';

const DEMO_PAGE = `${import.meta.env.BASE_URL}demos/session/`;

function read(template: HTMLTemplateElement): LiveText {
  const passages = [...template.content.querySelectorAll<HTMLElement>('[data-passage]')].map((el) => [el.dataset['passage'] as PassageName, el.innerHTML]);
  return { words: JSON.parse(template.dataset['words']!), passages: Object.fromEntries(passages) };
}

export async function loadLiveText(): Promise<LiveText> {
  const here = document.getElementById('sd-live');
  if (here instanceof HTMLTemplateElement) return read(here);
  const page = new DOMParser().parseFromString(await (await fetch(DEMO_PAGE)).text(), 'text/html');
  return read(page.getElementById('sd-live') as HTMLTemplateElement);
}
