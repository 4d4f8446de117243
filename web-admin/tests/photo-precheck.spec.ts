import { describe, expect, it } from 'vitest'
import catalogue from '@openapi/result-codes.json'
import {
  checkImport,
  checkPhoto,
  formatOf,
  IMPORT_MAX_BYTES,
  PHOTO_MAX_BYTES,
  precheckPhoto,
} from '@/pages/people/photo'
import { FACE_NOT_FOUND } from '@/pages/people/photo-api'

const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46])
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
const GIF = new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0, 0])

describe('face photo pre-check', () => {
  it('knows JPEG and PNG by their first bytes only', () => {
    expect(formatOf(JPEG)).toBe('image/jpeg')
    expect(formatOf(PNG)).toBe('image/png')
    expect(formatOf(GIF)).toBeUndefined()
    expect(formatOf(new Uint8Array([0xff, 0xd8]))).toBeUndefined()
  })

  it('accepts a JPEG or PNG of 1 byte to 50 KB whose name and type agree with it', () => {
    expect(checkPhoto('10001.jpg', 'image/jpeg', 20_000, JPEG)).toBeNull()
    expect(checkPhoto('10001.JPEG', '', PHOTO_MAX_BYTES, JPEG)).toBeNull()
    expect(checkPhoto('a.png', 'image/png', 1, PNG)).toBeNull()
    expect(checkPhoto('photo', 'application/octet-stream', 100, PNG)).toBeNull()
  })

  it('refuses empty files and anything above 50 KB before reading further', () => {
    expect(checkPhoto('a.jpg', 'image/jpeg', 0, JPEG)).toBe('empty')
    expect(checkPhoto('a.jpg', 'image/jpeg', PHOTO_MAX_BYTES + 1, JPEG)).toBe('tooLarge')
  })

  it('refuses other formats and names or types that contradict the bytes', () => {
    expect(checkPhoto('a.gif', 'image/gif', 100, GIF)).toBe('notImage')
    expect(checkPhoto('a.jpg', 'image/png', 100, PNG)).toBe('mismatch')
    expect(checkPhoto('a.png', 'image/jpeg', 100, PNG)).toBe('mismatch')
    expect(checkPhoto('a.png', '', 100, JPEG)).toBe('mismatch')
  })

  it('reads the first bytes of a picked file', async () => {
    const file = new File([PNG, new Uint8Array(100)], 'x.jpg', { type: 'image/jpeg' })
    expect(await precheckPhoto(file)).toBe('mismatch')
    expect(await precheckPhoto(new File([JPEG], '10001.jpg', { type: 'image/jpeg' }))).toBeNull()
  })
})

describe('photo import pre-check', () => {
  const photo = (name: string, size = 1000) => ({ name, type: 'image/jpeg', size })

  it('takes one ZIP or several photos', () => {
    expect(checkImport([{ name: 'faces.zip', type: 'application/zip', size: 5_000_000 }])).toBeNull()
    expect(checkImport([photo('1.jpg'), photo('2.PNG'), photo('3.jpeg')])).toBeNull()
  })

  it('refuses nothing, a mix, other files, too many or too much', () => {
    expect(checkImport([])).toBe('none')
    expect(checkImport([{ name: 'a.zip', type: '', size: 10 }, photo('1.jpg')])).toBe('mixed')
    expect(checkImport([photo('1.jpg'), photo('notes.txt')])).toBe('notPhotoOrZip')
    expect(checkImport(Array.from({ length: 5001 }, (_, i) => photo(`${i}.jpg`, 1)))).toBe('tooMany')
    expect(checkImport([{ name: 'big.zip', type: 'application/zip', size: IMPORT_MAX_BYTES + 1 }])).toBe('tooLarge')
  })

  it('uses the catalogue number for "no photo"', () => {
    expect(catalogue.find((e) => e.code === FACE_NOT_FOUND)?.name).toBe('FACE_NOT_FOUND')
  })
})
