/** The A–Z bucket of a title: its first letter, or "#" for anything else. */
export function letterOf(title: string): string {
  const first = title.trim().charAt(0).toUpperCase();
  return /^[A-Z]$/.test(first) ? first : '#';
}

export const ALPHABET = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];
