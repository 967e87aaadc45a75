/**
 * "Your data on this site": lists what this browser holds for the site, in plain words with
 * counts; exports it to a JSON file; imports one (checked whole before anything is written); and
 * forgets everything after a confirmation.
 */
import { buildDataFile, dataFileName, parseDataFile, type StoredEntries } from '../storage/data-file';
import { THEME_KEY } from '../storage/names';
import { storedDataKind } from '../storage/registry';
import { readStored, removeStored, storedKeys, writeStored } from '../storage/site-storage';
import { applyTheme, isStoredTheme } from '../storage/theme-setting';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function heldEntries(): StoredEntries {
  return storedKeys().flatMap((key) => {
    const raw = readStored(key);
    return raw === null ? [] : [[key, raw] as StoredEntries[number]];
  });
}

/** The theme setting just changed under the page: show it, as the next page would. */
function showStoredTheme(): void {
  const theme = readStored(THEME_KEY);
  applyTheme(isStoredTheme(theme) ? theme : 'system');
}

class YourData extends HTMLElement {
  #el<T extends HTMLElement = HTMLElement>(name: string): T {
    return this.querySelector<T>(`[data-${name}]`)!;
  }

  connectedCallback() {
    this.#list();
    this.#el('export').addEventListener('click', () => this.#export());
    this.#el<HTMLInputElement>('import').addEventListener('change', (e) => void this.#import(e.target as HTMLInputElement));
    this.#el('forget').addEventListener('click', () => void this.#forget());
    // Another tab changed something: the list follows.
    addEventListener('storage', () => this.#list());
    addEventListener('pageshow', () => this.#list());
  }

  #list() {
    const held = heldEntries();
    const now = new Date();
    this.#el('held-summary').textContent = held.length
      ? `${plural(held.length, 'thing', 'things')} kept in this browser:`
      : 'Nothing. This browser holds no data for this site.';
    this.#el('held').replaceChildren(
      ...held.map(([key, raw]) => {
        const kind = storedDataKind(key);
        const item = document.createElement('li');
        const label = document.createElement('strong');
        label.textContent = kind.label;
        const code = document.createElement('code');
        code.textContent = key;
        item.append(label, `: ${kind.describe(raw, now)} `, code);
        return item;
      }),
    );
    (this.#el('export') as HTMLButtonElement).disabled = !held.length;
    (this.#el('forget') as HTMLButtonElement).disabled = !held.length;
  }

  #say(text: string, problems: string[] = [], error = false) {
    const message = this.#el('message');
    message.classList.toggle('is-error', error);
    const p = document.createElement('p');
    p.textContent = text;
    const list = document.createElement('ul');
    list.append(...problems.map((problem) => Object.assign(document.createElement('li'), { textContent: problem })));
    message.replaceChildren(p, ...(problems.length ? [list] : []));
  }

  #export() {
    const now = new Date();
    const blob = new Blob([buildDataFile(heldEntries(), now)], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = dataFileName(now);
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
    this.#say(`Downloaded ${a.download}.`);
  }

  /** Asks before replacing or erasing; true when the reader confirmed. */
  #confirm(title: string, text: string, ok: string): Promise<boolean> {
    const dialog = this.#el<HTMLDialogElement>('confirm');
    this.#el('confirm-title').textContent = title;
    this.#el('confirm-text').textContent = text;
    this.#el('confirm-ok').textContent = ok;
    dialog.returnValue = '';
    dialog.showModal();
    return new Promise((resolve) => dialog.addEventListener('close', () => resolve(dialog.returnValue === 'ok'), { once: true }));
  }

  #replaceAll(entries: StoredEntries) {
    for (const key of storedKeys()) removeStored(key);
    for (const [key, raw] of entries) writeStored(key, raw);
    showStoredTheme();
    this.#list();
  }

  async #import(input: HTMLInputElement) {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const result = parseDataFile(await file.text());
    if (!result.ok) {
      this.#say(`“${file.name}” was not imported, and nothing you had changed. What is wrong:`, result.problems, true);
      return;
    }
    const held = heldEntries().length;
    const confirmed = await this.#confirm(
      'Replace your data?',
      `“${file.name}” holds ${plural(result.entries.length, 'thing', 'things')}. ` +
        (held ? `They replace the ${plural(held, 'thing', 'things')} this browser holds now.` : 'This browser holds nothing for the site now.'),
      'Replace',
    );
    if (!confirmed) {
      this.#say('Import cancelled; nothing changed.');
      return;
    }
    this.#replaceAll(result.entries);
    this.#say(`Imported ${plural(result.entries.length, 'thing', 'things')} from “${file.name}”.`);
  }

  async #forget() {
    const confirmed = await this.#confirm(
      'Forget everything?',
      'This erases your settings, progress, quiz results, review deck and session demo log from this browser. It cannot be undone.',
      'Forget everything',
    );
    if (!confirmed) return;
    this.#replaceAll([]);
    this.#say('Done: this browser holds nothing for this site any more.');
  }
}
customElements.define('your-data', YourData);

export {};
