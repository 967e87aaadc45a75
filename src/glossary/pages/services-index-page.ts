/** The list of services (/services/). */
import type { Glossary } from '../glossary';
import { servicePath } from '../site';

export interface ServiceSummary {
  href: string;
  title: string;
  summary: string;
}

export const servicesIndexPage = (glossary: Glossary): ServiceSummary[] =>
  glossary.services.map((s) => ({ href: servicePath(s.slug), title: s.data.title, summary: s.data.summary }));
