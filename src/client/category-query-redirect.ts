/** Shared links of the form /glossary/?category=<slug> land on the static category page. */
import { sitePath } from './site-path';

const category = new URLSearchParams(location.search).get('category');
if (category && /^[a-z0-9-]+$/.test(category)) location.replace(sitePath(`/glossary/category/${category}/`));

export {};
