import { beforeAll, describe, expect } from 'vitest'
import { BASE_URL, H5_URL, requireServedPage } from './browser'
import { adminToken, holderWithCard, registerTerminal, setInitialPassword, simulatePurchase } from './cardCentre'
import { LOGIN_URL, browserTest, byTest, eventually, signIn } from './steps'

describe(`cardholder self-service against ${BASE_URL}`, () => {
  beforeAll(requireServedPage)

  browserTest(
    'signs in by card number with the initial password, must set their own, sees the history, reports the card lost, and a terminal refuses it',
    async (page) => {
      const admin = await adminToken()
      const holder = await holderWithCard(admin, '自助测试', 5_000)
      await setInitialPassword(admin, holder.personId, 'init-2026')
      const terminal = await registerTerminal(admin)

      // the card is good at the terminal to begin with: a 1.00 purchase is approved inside a meal period of the
      // demo data, and outside every one refused for that (57) - never as a lost card
      const first = await simulatePurchase(terminal, holder.serial, 100)
      expect(['00', '57'], first.output).toContain(first.responseCode)
      const paid = first.responseCode === '00'

      // first sign-in, by card number: nothing but the password page until the cardholder chose their own
      await page.goto(LOGIN_URL)
      await signIn(page, holder.cardNo, 'init-2026')
      await page.waitForURL(`${H5_URL}password?forced=1`, { timeout: 20_000 })
      await eventually(() => byTest(page, 'password-forced').textContent()).toContain('初始密码')
      expect(await byTest(page, 'back').count()).toBe(0)
      await page.locator('input[name="oldPassword"]').fill('init-2026')
      await page.locator('input[name="newPassword"]').fill('12345')
      await page.locator('input[name="repeated"]').fill('12345')
      await byTest(page, 'password-submit').click()
      await eventually(() => byTest(page, 'password-error').textContent()).toContain('至少 6 位')
      await page.locator('input[name="oldPassword"]').fill('wrong-old')
      await page.locator('input[name="newPassword"]').fill('mine-2026')
      await page.locator('input[name="repeated"]').fill('mine-2026')
      await byTest(page, 'password-submit').click()
      await eventually(() => byTest(page, 'password-error').textContent()).toBe('原密码错误')
      await page.locator('input[name="oldPassword"]').fill('init-2026')
      await byTest(page, 'password-submit').click()
      await page.waitForURL(H5_URL)
      await eventually(() => byTest(page, 'name').textContent()).toBe('自助测试')
      expect(await byTest(page, 'cash').innerText()).toContain(paid ? '¥49.00' : '¥50.00')

      // the history: the purchase (if approved) and the first recharge, newest first; filters narrow it
      await byTest(page, 'history').click()
      await page.waitForURL(`${H5_URL}history`)
      const all = paid ? ['-¥1.00', '+¥50.00'] : ['+¥50.00']
      await eventually(() => byTest(page, 'history-amount').allTextContents()).toEqual(all)
      expect(await byTest(page, 'history-line').allInnerTexts()).toEqual(
        (paid ? ['消费', '充值'] : ['充值']).map((kind) => expect.stringContaining(kind)),
      )
      await byTest(page, 'filter-kind').selectOption('RECHARGE')
      await byTest(page, 'filter-apply').click()
      await eventually(() => byTest(page, 'history-amount').allTextContents()).toEqual(['+¥50.00'])
      await byTest(page, 'filter-wallet').selectOption('SUBSIDY_WALLET')
      await byTest(page, 'filter-apply').click()
      await eventually(() => byTest(page, 'history-empty').count()).toBe(1)
      await byTest(page, 'filter-reset').click()
      await eventually(() => byTest(page, 'history-amount').allTextContents()).toEqual(all)

      // report the card lost from the phone, after confirming
      await byTest(page, 'back').click()
      await page.waitForURL(H5_URL)
      await eventually(() => byTest(page, 'report-lost').count()).toBe(1)
      await byTest(page, 'report-lost').click()
      const dialog = page.locator('.van-dialog')
      await eventually(() => dialog.textContent()).toContain(holder.cardNo)
      await dialog.locator('.van-dialog__confirm').click()
      await eventually(() => byTest(page, 'card-status').allTextContents()).toEqual([expect.stringContaining('挂失')])
      expect(await byTest(page, 'report-lost').count()).toBe(0)

      // at once, the terminal refuses the card: ISO response code 41 (lost card)
      const refused = await simulatePurchase(terminal, holder.serial, 100)
      expect(refused.responseCode, refused.output).toBe('41')
      expect(refused.exitCode).toBe(1)

      // the new password is the one that works now, also by employee number
      await byTest(page, 'logout').click()
      await page.waitForURL(LOGIN_URL)
      await signIn(page, holder.employeeNo, 'mine-2026')
      await page.waitForURL(H5_URL)
      await eventually(() => byTest(page, 'name').textContent()).toBe('自助测试')
    },
  )
})
