// WeChat web OAuth for in-WeChat (JSAPI) pay: the server keeps my openid once WeChat told it, so only
// the first recharge inside WeChat goes through WeChat's authorize page.
import { authed } from './http'
import { readJson } from './request'
import type { WechatAuthorizeView, WechatBindingView } from './types'

const BASE = '/api/h5/wechat'

/** Whether the server knows my openid already (then a JSAPI order needs no OAuth). */
export async function fetchWechatBinding(): Promise<WechatBindingView> {
  return readJson<WechatBindingView>(await authed('GET', `${BASE}/binding`))
}

/** WeChat's authorize address, coming back to returnPath (a page under /h5/) with ?code=&state=. */
export async function startWechatOauth(returnPath: string): Promise<WechatAuthorizeView> {
  return readJson<WechatAuthorizeView>(await authed('POST', `${BASE}/oauth/authorize`, { returnPath }))
}

/** Hands the server the code WeChat came back with; it binds my openid. */
export async function finishWechatOauth(code: string, state: string): Promise<WechatBindingView> {
  return readJson<WechatBindingView>(await authed('POST', `${BASE}/oauth/code`, { code, state }))
}
