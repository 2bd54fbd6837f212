/** A server action's data, or a thrown error naming its code, so a failed call fails the test with its reason. */
export function ok<T>(res: { ok: true; data: T } | { ok: false; error: { code: string; message: string } }): T {
  if (!res.ok) throw new Error(`${res.error.code}: ${res.error.message}`);
  return res.data;
}
