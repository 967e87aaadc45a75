/**
 * The small "Recording your session · stop" notice every page shows while the session demo
 * records. Part of the recorder's lazy chunk, so a reader who never opted in loads none of it.
 * Styles: .sd-indicator in session-demo.css (loaded by the site stylesheet).
 */
import { withBase } from '../../term-links/base-path';

let element: HTMLElement | null = null;

export function showIndicator(onStop: () => void): void {
  if (element || !document.body) return;
  const box = document.createElement('div');
  box.className = 'sd-indicator';
  box.setAttribute('role', 'region');
  box.setAttribute('aria-label', 'Session demo');
  const dot = document.createElement('span');
  dot.className = 'sd-indicator-dot';
  dot.setAttribute('aria-hidden', 'true');
  const link = document.createElement('a');
  link.href = withBase(import.meta.env.BASE_URL, '/demos/session/');
  link.textContent = 'Recording your session';
  const stop = document.createElement('button');
  stop.type = 'button';
  stop.className = 'sd-indicator-stop';
  stop.textContent = 'stop';
  stop.setAttribute('aria-label', 'Stop recording and forget your session');
  stop.addEventListener('click', () => onStop());
  box.append(dot, link, document.createTextNode(' · '), stop);
  document.body.append(box);
  element = box;
}

export function hideIndicator(): void {
  element?.remove();
  element = null;
}
