import { ElMessageBox } from 'element-plus'
import { i18n } from '@/common/i18n'

/** Asks the operator to confirm; false when they cancel or close the box. */
export async function confirmAction(message: string): Promise<boolean> {
  const { t } = i18n.global
  try {
    await ElMessageBox.confirm(message, t('cards.confirmTitle'), {
      confirmButtonText: t('cards.confirmOk'),
      cancelButtonText: t('cards.confirmCancel'),
      type: 'warning',
    })
    return true
  } catch {
    return false
  }
}
