// Client-side checks before a face photo is sent: they save a round trip for the obvious mistakes;
// the server checks everything again (and decodes the image, which the browser check does not).

/** DOMAIN.md: a face photo is at most 50 KB. */
export const PHOTO_MAX_BYTES = 51_200
/** The import takes at most this much at once (the server's onecard.faces.max-import-size default). */
export const IMPORT_MAX_BYTES = 20 * 1024 * 1024
export const IMPORT_MAX_FILES = 5000
export const PHOTO_ACCEPT = 'image/jpeg,image/png,.jpg,.jpeg,.png'
export const IMPORT_ACCEPT = `${PHOTO_ACCEPT},.zip,application/zip`

export type PhotoFormat = 'image/jpeg' | 'image/png'
/** An i18n key under faces.precheck. */
export type PhotoProblem = 'empty' | 'tooLarge' | 'notImage' | 'mismatch'
export type ImportProblem = 'none' | 'tooMany' | 'tooLarge' | 'mixed' | 'notPhotoOrZip'

/** What a file is by its first bytes: JPEG (FF D8 FF) or PNG (89 50 4E 47 0D 0A 1A 0A). */
export function formatOf(header: Uint8Array): PhotoFormat | undefined {
  const starts = (magic: number[]) => magic.every((b, i) => header[i] === b)
  if (starts([0xff, 0xd8, 0xff])) return 'image/jpeg'
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png'
  return undefined
}

/** What the name's extension or the browser's type claims; undefined when neither claims anything. */
function claims(name: string, type: string): string[] {
  const out: string[] = []
  const ext = name.toLowerCase().split('.').pop()
  if (name.includes('.') && ext) out.push(ext === 'jpg' || ext === 'jpeg' ? 'image/jpeg' : ext === 'png' ? 'image/png' : ext)
  if (type && type !== 'application/octet-stream') out.push(type === 'image/jpg' ? 'image/jpeg' : type)
  return out
}

/** The first problem with a photo file, from its name, type, size and first bytes; null when it may be sent. */
export function checkPhoto(name: string, type: string, size: number, header: Uint8Array): PhotoProblem | null {
  if (size <= 0) return 'empty'
  if (size > PHOTO_MAX_BYTES) return 'tooLarge'
  const format = formatOf(header)
  if (!format) return 'notImage'
  return claims(name, type).every((c) => c === format) ? null : 'mismatch'
}

/** {@link checkPhoto} for a picked file (reads its first 8 bytes). */
export async function precheckPhoto(file: File): Promise<PhotoProblem | null> {
  const header = new Uint8Array(await file.slice(0, 8).arrayBuffer())
  return checkPhoto(file.name, file.type, file.size, header)
}

export function isZip(name: string, type: string): boolean {
  return name.toLowerCase().endsWith('.zip') || type === 'application/zip' || type === 'application/x-zip-compressed'
}

/**
 * Whether a set of files can go to the batch import: one ZIP, or photos (each photo is checked and
 * reported by the server, so a bad one does not stop the rest here).
 */
export function checkImport(files: readonly { name: string; type: string; size: number }[]): ImportProblem | null {
  if (files.length === 0) return 'none'
  const zips = files.filter((f) => isZip(f.name, f.type)).length
  if (zips > 0 && files.length > 1) return 'mixed'
  if (zips === 0 && files.some((f) => !/\.(jpe?g|png)$/i.test(f.name))) return 'notPhotoOrZip'
  if (files.length > IMPORT_MAX_FILES) return 'tooMany'
  const total = files.reduce((sum, f) => sum + f.size, 0)
  return total > IMPORT_MAX_BYTES ? 'tooLarge' : null
}
