import { FixedSizeList, Float16, RecordBatch, Struct, Table, makeData, vectorFromArray, type Data, type Field, type Schema } from 'apache-arrow';

const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);

/**
 * A number's IEEE half-precision bits, rounded to nearest even; values too small for a half become
 * (signed) zero. Written here because apache-arrow 18's own conversion turns values below 2^-25 and
 * some near 2^-14 into -Infinity, which LanceDB then refuses ("Vector column contains NaN values").
 */
export function toHalfBits(x: number): number {
  f32[0] = x;
  const bits = u32[0];
  const sign = (bits >>> 16) & 0x8000;
  const exp = (bits >>> 23) & 0xff;
  let mant = bits & 0x7fffff;
  if (exp === 0xff) return sign | 0x7c00 | (mant ? 0x200 : 0);
  const e = exp - 127 + 15;
  if (e >= 0x1f) return sign | 0x7c00;
  if (e <= 0) {
    // Subnormal half (or zero): shift the mantissa, with its implicit bit, into place.
    if (e < -10) return sign;
    mant |= 0x800000;
    const shift = 14 - e;
    let half = mant >>> shift;
    const rest = mant & ((1 << shift) - 1);
    const midway = 1 << (shift - 1);
    if (rest > midway || (rest === midway && half & 1)) half++;
    return sign | half;
  }
  let half = (e << 10) | (mant >>> 13);
  const rest = mant & 0x1fff;
  if (rest > 0x1000 || (rest === 0x1000 && half & 1)) half++;
  // A carry out of the mantissa lands in the exponent, which is the right rounding (up to Infinity).
  return sign | half;
}

function halfColumn(field: Field, values: readonly unknown[]): Data {
  const type = field.type as FixedSizeList;
  const dim = type.listSize;
  const halves = new Uint16Array(values.length * dim);
  const validity = new Uint8Array(Math.ceil(values.length / 8));
  let nulls = 0;
  values.forEach((v, row) => {
    if (v == null) {
      nulls++;
      return;
    }
    const vector = v as ArrayLike<number>;
    if (vector.length !== dim) throw new Error(`${field.name}: a vector of ${vector.length} values in a column of ${dim}`);
    validity[row >> 3] |= 1 << (row & 7);
    for (let i = 0; i < dim; i++) halves[row * dim + i] = toHalfBits(vector[i]);
  });
  const child = makeData({ type: type.children[0].type as Float16, length: halves.length, data: halves });
  return makeData({ type, length: values.length, nullCount: nulls, nullBitmap: nulls ? validity : undefined, child });
}

const isHalfVector = (field: Field): boolean => field.type instanceof FixedSizeList && field.type.children[0].type instanceof Float16;

/**
 * Rows as an Arrow table of exactly `schema`: float16 vector columns take Float32Arrays (or null)
 * and are converted here, every other column through apache-arrow.
 */
export function toArrowTable(schema: Schema, records: readonly Record<string, unknown>[]): Table {
  const columns = schema.fields.map((field) => {
    const values = records.map((r) => r[field.name] ?? null);
    return isHalfVector(field) ? halfColumn(field, values) : vectorFromArray(values, field.type).data[0];
  });
  const data = makeData({ type: new Struct(schema.fields), length: records.length, nullCount: 0, children: columns });
  return new Table([new RecordBatch(schema, data)]);
}
