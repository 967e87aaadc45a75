/** How a term's name is compared: case, spacing and apostrophe style do not matter. */
export function normaliseName(name: string): string {
  return name.trim().toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ');
}
