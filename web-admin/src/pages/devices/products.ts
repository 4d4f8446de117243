import { api, unwrap } from '@/common/api/client'
import type { ProductPage, ProductRequest, ProductView } from '@/common/api/types'
import { formatFen, parseYuanToFen, type YuanProblem } from '@/common/utils/money'
import { MODE_MAX_FEN } from './modes'

export const PRODUCT_PAGE_SIZE = 20
const BARCODE = /^[A-Za-z0-9._-]{1,32}$/
const DIGITS = /^\d+$/

/** A product as typed: the price in yuan, the discount in percent (100 = full price). */
export interface ProductForm {
  barcode: string
  name: string
  price: string
  discount: string
}

export type ProductField = 'barcode' | 'name' | 'priceFen' | 'discountPercent'
export type ProductProblem = YuanProblem | 'required' | 'barcode' | 'discount'
export type ProductRead = { ok: true; body: ProductRequest } | { ok: false; problems: Partial<Record<ProductField, ProductProblem>> }

export function emptyProduct(): ProductForm {
  return { barcode: '', name: '', price: '', discount: '100' }
}

export function productForm(p: ProductView): ProductForm {
  return { barcode: p.barcode, name: p.name, price: formatFen(p.priceFen), discount: String(p.discountPercent) }
}

export function toProductRequest(f: ProductForm): ProductRead {
  const problems: Partial<Record<ProductField, ProductProblem>> = {}
  const barcode = f.barcode.trim()
  if (!BARCODE.test(barcode)) problems.barcode = barcode ? 'barcode' : 'required'
  const name = f.name.trim()
  if (!name) problems.name = 'required'
  const price = parseYuanToFen(f.price)
  if (!price.ok) problems.priceFen = price.problem
  else if (price.fen > MODE_MAX_FEN) problems.priceFen = 'tooLarge'
  const discount = DIGITS.test(f.discount.trim()) ? Number(f.discount.trim()) : 0
  if (discount < 1 || discount > 100) problems.discountPercent = 'discount'
  if (!price.ok || Object.keys(problems).length > 0) return { ok: false, problems }
  return { ok: true, body: { barcode, name, priceFen: price.fen, discountPercent: discount } }
}

export function listProducts(outletId: number, q: string, page: number, size = PRODUCT_PAGE_SIZE): Promise<ProductPage> {
  const query = { q: q.trim() || undefined, page, size }
  return unwrap(api.GET('/api/outlets/{outletId}/products', { params: { path: { outletId }, query } }))
}

export function saveProduct(outletId: number, id: number | undefined, body: ProductRequest): Promise<ProductView> {
  return id === undefined
    ? unwrap(api.POST('/api/outlets/{outletId}/products', { params: { path: { outletId } }, body }))
    : unwrap(api.PUT('/api/outlets/{outletId}/products/{id}', { params: { path: { outletId, id } }, body }))
}

export async function deleteProduct(outletId: number, id: number): Promise<void> {
  await unwrap(api.DELETE('/api/outlets/{outletId}/products/{id}', { params: { path: { outletId, id } } }))
}
