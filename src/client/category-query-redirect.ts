/** Shared links of the form /glossary/?category=<slug> land on the static category page. */
const category = new URLSearchParams(location.search).get('category');
if (category && /^[a-z0-9-]+$/.test(category)) location.replace(`${import.meta.env.BASE_URL}glossary/category/${category}/`);

export {};
