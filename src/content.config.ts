import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { categorySchema, guideSchema, serviceSchema, termSchema } from './glossary/schema';

// Authors write under `content/`; the file name (without extension) is the entry's slug.
const mdx = (folder: string) => glob({ pattern: '*.mdx', base: `./content/${folder}` });

export const collections = {
  terms: defineCollection({ loader: mdx('terms'), schema: termSchema }),
  guides: defineCollection({ loader: mdx('guides'), schema: guideSchema }),
  services: defineCollection({ loader: mdx('services'), schema: serviceSchema }),
  categories: defineCollection({ loader: file('./content/categories.yaml'), schema: categorySchema }),
};
