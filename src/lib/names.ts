/** How a term's name is compared: case, spacing and apostrophe style do not matter. */
export function normaliseName(name: string): string {
  return name.trim().toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ');
}

/** The A–Z bucket of a title: its first letter, or "#" for anything else. */
export function letterOf(title: string): string {
  const first = title.trim().charAt(0).toUpperCase();
  return /^[A-Z]$/.test(first) ? first : '#';
}

export const ALPHABET = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];
