/**
 * The checks the server makes on a vehicle, run in the form first so the operator sees the mistake
 * beside the field (the server still decides: 8005 plate, 8007 ID number).
 */

const PROVINCES = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼'
const CHAR = '[A-HJ-NP-Z0-9]'
// GA 36: province, office letter, five (or a new-energy six) letters/digits; never I or O
const PLATE = new RegExp(
  `^[${PROVINCES}][A-HJ-NP-Z](?:${CHAR}{5}|${CHAR}{4}[挂学警港澳]|[A-HJK]${CHAR}[0-9]{4}|[0-9]{5}[A-HJK])$`,
)
const ID_SHAPE = /^[1-9][0-9]{5}(18|19|20)[0-9]{2}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])[0-9]{3}[0-9X]$/
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const ID_CHECK = '10X98765432'

/** The plate as the server stores it (full-width folded, upper case, no separators), or null when it is no plate. */
export function normalisePlate(raw: string): string | null {
  const plate = raw.normalize('NFKC').replace(/[\s·•.-]/g, '').toUpperCase()
  return plate.length <= 8 && PLATE.test(plate) ? plate : null
}

/** The 18-character resident ID number with its x raised, or null when its shape or check digit is wrong. */
export function normaliseIdNumber(raw: string): string | null {
  const id = raw.trim().toUpperCase()
  if (!ID_SHAPE.test(id)) return null
  const sum = ID_WEIGHTS.reduce((acc, w, i) => acc + Number(id[i]) * w, 0)
  return id[17] === ID_CHECK[sum % 11] ? id : null
}

/** Fleet company codes: 1 to 16 letters, digits, - or _ (stored upper case). */
export function isFleetCode(raw: string): boolean {
  return /^[A-Za-z0-9_-]{1,16}$/.test(raw.trim())
}
