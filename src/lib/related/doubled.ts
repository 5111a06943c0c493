/** A typed array twice as long as `array`, holding its values first: how the related index's arrays grow as they fill. */
export function doubled<T extends Int32Array | Float32Array | Float64Array | Uint16Array>(array: T): T {
  const larger = new (array.constructor as new (length: number) => T)(Math.max(16, 2 * array.length));
  larger.set(array);
  return larger;
}
