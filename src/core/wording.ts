/** Numbers in words for the Lead and the committee: one place decides how they read. */

export function percent(share: number | null): string {
  return share === null ? 'n/a' : `${Math.round(share * 100)}%`;
}

export function oneDecimal(value: number | null): string {
  return value === null ? 'n/a' : value.toFixed(1);
}

export function signed(value: number | null): string {
  if (value === null) return 'n/a';
  const text = value.toFixed(1);
  return value > 0 && text !== '0.0' ? `+${text}` : text;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
