import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router'
import { installGuard } from './guard'

declare module 'vue-router' {
  interface RouteMeta {
    /** reachable without signing in */
    public?: boolean
    /** i18n key of the page title */
    title?: string
  }
}

export const routes: RouteRecordRaw[] = [
  {
    path: '/login',
    name: 'login',
    component: () => import('@/pages/login/index.vue'),
    meta: { public: true, title: 'login.title' },
  },
  {
    path: '/',
    component: () => import('@/layouts/index.vue'),
    children: [
      { path: '', name: 'dashboard', component: () => import('@/pages/dashboard/index.vue'), meta: { title: 'menu.dashboard' } },
      { path: 'ledger', name: 'ledger', component: () => import('@/pages/ledger/index.vue'), meta: { title: 'menu.ledger' } },
      { path: 'people', name: 'people', component: () => import('@/pages/people/index.vue'), meta: { title: 'menu.people' } },
      { path: 'cards', name: 'cards', component: () => import('@/pages/cards/index.vue'), meta: { title: 'menu.cards' } },
      { path: 'subsidies', name: 'subsidies', component: () => import('@/pages/subsidies/index.vue'), meta: { title: 'menu.subsidies' } },
      { path: 'consumptions', name: 'consumptions', component: () => import('@/pages/consumptions/index.vue'), meta: { title: 'menu.consumptions' } },
      { path: 'fuel', name: 'fuel', component: () => import('@/pages/fuel/index.vue'), meta: { title: 'menu.fuel' } },
      { path: 'points', name: 'points', component: () => import('@/pages/points/index.vue'), meta: { title: 'menu.points' } },
      { path: 'sites', name: 'sites', component: () => import('@/pages/sites/index.vue'), meta: { title: 'menu.sites' } },
      { path: 'imports', name: 'imports', component: () => import('@/pages/imports/index.vue'), meta: { title: 'menu.imports' } },
      { path: 'org', name: 'org', component: () => import('@/pages/org/index.vue'), meta: { title: 'masterData.org' } },
      { path: 'groups', name: 'groups', component: () => import('@/pages/groups/index.vue'), meta: { title: 'masterData.groups' } },
      { path: 'card-types', name: 'card-types', component: () => import('@/pages/card-types/index.vue'), meta: { title: 'masterData.cardTypes' } },
      { path: 'meal-periods', name: 'meal-periods', component: () => import('@/pages/meal-periods/index.vue'), meta: { title: 'masterData.mealPeriods' } },
      { path: 'merchants', name: 'merchants', component: () => import('@/pages/merchants/index.vue'), meta: { title: 'masterData.merchants' } },
      { path: 'fleets', name: 'fleets', component: () => import('@/pages/fleets/index.vue'), meta: { title: 'masterData.fleets' } },
      { path: 'vehicles', name: 'vehicles', component: () => import('@/pages/fleets/vehicles.vue'), meta: { title: 'masterData.vehicles' } },
      { path: 'devices', name: 'devices', component: () => import('@/pages/devices/index.vue'), meta: { title: 'masterData.devices' } },
      { path: 'dispensers', name: 'dispensers', component: () => import('@/pages/shifts/index.vue'), meta: { title: 'masterData.dispensers' } },
      { path: 'shift-teams', name: 'shift-teams', component: () => import('@/pages/shifts/teams.vue'), meta: { title: 'masterData.shiftTeams' } },
      { path: 'shift-handovers', name: 'shift-handovers', component: () => import('@/pages/shifts/handovers.vue'), meta: { title: 'masterData.shiftHandOvers' } },
      { path: 'offline-records', name: 'offline-records', component: () => import('@/pages/offline/index.vue'), meta: { title: 'masterData.offline' } },
      { path: 'payments/orders', name: 'payment-orders', component: () => import('@/pages/payments/orders.vue'), meta: { title: 'menu.paymentOrders' } },
      { path: 'payments/notifications', name: 'payment-notifications', component: () => import('@/pages/payments/notifications.vue'), meta: { title: 'menu.paymentNotifications' } },
      { path: 'payments/reconciliation', name: 'payment-reconciliation', component: () => import('@/pages/payments/reconciliation.vue'), meta: { title: 'menu.reconciliation' } },
      { path: 'recharge/operators', name: 'recharge-operators', component: () => import('@/pages/recharge/operators.vue'), meta: { title: 'menu.rechargeOperators' } },
      { path: 'recharge/write-failures', name: 'recharge-write-failures', component: () => import('@/pages/recharge/write-failures.vue'), meta: { title: 'menu.writeFailures' } },
      { path: 'recharge/cash-reports', name: 'recharge-cash-reports', component: () => import('@/pages/recharge/cash-reports.vue'), meta: { title: 'menu.cashReports' } },
      { path: 'recharge/promotions', name: 'recharge-promotions', component: () => import('@/pages/recharge/promotions.vue'), meta: { title: 'menu.promotions' } },
      { path: 'reports/monthly-statement', name: 'statement', component: () => import('@/pages/statement/index.vue'), meta: { title: 'menu.statement' } },
      { path: 'reports/periods', name: 'periods', component: () => import('@/pages/statement/periods.vue'), meta: { title: 'menu.periods' } },
      { path: 'monitor', name: 'monitor', component: () => import('@/pages/monitor/index.vue'), meta: { title: 'menu.monitor' } },
      { path: 'reports/daily-consumption', name: 'report-daily-consumption', component: () => import('@/pages/reports/daily-consumption.vue'), meta: { title: 'menu.reportDaily' } },
      { path: 'reports/daily-recharge', name: 'report-daily-recharge', component: () => import('@/pages/reports/daily-recharge.vue'), meta: { title: 'menu.reportRecharge' } },
      { path: 'reports/meal-statistics', name: 'report-meal-statistics', component: () => import('@/pages/reports/meal-statistics.vue'), meta: { title: 'menu.reportMeals' } },
      { path: 'reports/details', name: 'report-details', component: () => import('@/pages/reports/details.vue'), meta: { title: 'menu.reportDetails' } },
      { path: 'reports/terminal-daily', name: 'report-terminal-daily', component: () => import('@/pages/reports/terminal-daily.vue'), meta: { title: 'menu.reportTerminals' } },
      { path: 'reports/shifts', name: 'report-shifts', component: () => import('@/pages/reports/shifts.vue'), meta: { title: 'menu.reportShifts' } },
      { path: 'reports/fuel-sales', name: 'report-fuel-sales', component: () => import('@/pages/fuel/sales.vue'), meta: { title: 'menu.reportFuel' } },
      { path: 'reports/merchant-reconciliation', name: 'report-merchant-reconciliation', component: () => import('@/pages/reports/merchant-reconciliation.vue'), meta: { title: 'menu.reportMerchants' } },
      { path: 'settings', name: 'settings', component: () => import('@/pages/settings/index.vue'), meta: { title: 'masterData.settings' } },
    ],
  },
  // print view without the menu; public because a print tab borrows its session (see common/session/lend.ts)
  {
    path: '/receipts/:postingId',
    name: 'receipt',
    component: () => import('@/pages/receipts/index.vue'),
    meta: { public: true, title: 'receipts.printLink' },
  },
  {
    path: '/reports/:report/print',
    name: 'report-print',
    component: () => import('@/pages/reports/print.vue'),
    meta: { public: true, title: 'reports.print' },
  },
  { path: '/:pathMatch(.*)*', redirect: '/' },
]

export function createAppRouter(base = import.meta.env.BASE_URL) {
  const router = createRouter({ history: createWebHistory(base), routes })
  installGuard(router)
  return router
}
