import { createRouter, createWebHistory } from 'vue-router'
import AppLayout from './layouts/AppLayout.vue'
import HomeView from './views/HomeView.vue'
import StatusView from './views/StatusView.vue'
import { ORG_VIEWER_ROLES, POLICY_ADMIN_ROLES, SESSION_STAFF_ROLES } from './domain/roles'
import { COURSE_REVIEWER_ROLES, COURSE_STAFF_ROLES } from './domain/courses'
import { UPLOADER_ROLES } from './domain/uploads'
import { QUIZ_STAFF_ROLES } from './domain/quiz'
import { ORG_ADMIN_ROLES } from './domain/orgAdmin'

declare module 'vue-router' {
  interface RouteMeta {
    /** Message key of the page title. */
    titleKey?: string
    /** Any one of these roles opens the page; others see the "no access" page at the same URL. */
    roles?: readonly string[]
  }
}

/*
 * History mode: the server answers every non-/api path it does not know with /index.html,
 * so deep links such as /org load the portal and land here. Created only after keycloak-js
 * has read and removed the login callback (#state=…&code=…) from the URL: the router takes
 * its first location when it is created.
 */
export const createPortalRouter = () =>
  createRouter({
  history: createWebHistory('/'),
  routes: [
    {
      path: '/',
      component: AppLayout,
      children: [
        { path: '', name: 'home', component: HomeView, meta: { titleKey: 'nav.home' } },
        {
          path: 'org',
          name: 'org',
          component: () => import('./views/OrgView.vue'),
          meta: { titleKey: 'nav.org', roles: ORG_VIEWER_ROLES },
        },
        {
          path: 'org/import',
          name: 'people-import',
          component: () => import('./views/PeopleImportPage.vue'),
          meta: { titleKey: 'nav.peopleImport', roles: POLICY_ADMIN_ROLES },
        },
        /* Org administration and the audit log: ORG_ADMIN / SYS_ADMIN, within their subtree. */
        {
          path: 'org/units',
          name: 'org-admin',
          component: () => import('./views/OrgAdminView.vue'),
          meta: { titleKey: 'orgAdmin.nav.units', roles: ORG_ADMIN_ROLES },
        },
        {
          path: 'org/audit',
          name: 'audit-log',
          component: () => import('./views/AuditLogView.vue'),
          meta: { titleKey: 'orgAdmin.nav.audit', roles: ORG_ADMIN_ROLES },
        },
        /* Policy library: search and reading for every role; managing for ORG_ADMIN / SYS_ADMIN. */
        {
          path: 'policies',
          name: 'policies',
          component: () => import('./views/PolicySearchView.vue'),
          meta: { titleKey: 'nav.policies' },
        },
        {
          path: 'policies/manage',
          name: 'policy-manage',
          component: () => import('./views/PolicyManageView.vue'),
          meta: { titleKey: 'nav.policyManage', roles: POLICY_ADMIN_ROLES },
        },
        {
          path: 'policies/:id(\\d+)',
          name: 'policy',
          component: () => import('./views/PolicyView.vue'),
          meta: { titleKey: 'nav.policies' },
        },
        /* The learner's lesson player (tracking): course pages link here. */
        {
          path: 'learn/:courseId(\\d+)/:lessonId(\\d+)',
          name: 'learn',
          component: () => import('./views/LessonPlayerView.vue'),
          meta: { titleKey: 'learn.title' },
        },
        /* Courses: the catalog and course pages for every role; building for staff, review for admins. */
        {
          path: 'courses',
          name: 'courses',
          component: () => import('./views/CourseCatalogView.vue'),
          meta: { titleKey: 'course.nav.catalog' },
        },
        {
          path: 'courses/manage',
          name: 'course-manage',
          component: () => import('./views/CourseManageView.vue'),
          meta: { titleKey: 'course.nav.manage', roles: COURSE_STAFF_ROLES },
        },
        {
          path: 'courses/review',
          name: 'course-review',
          component: () => import('./views/CourseManageView.vue'),
          props: { review: true },
          meta: { titleKey: 'course.nav.review', roles: COURSE_REVIEWER_ROLES },
        },
        {
          path: 'courses/new',
          name: 'course-new',
          component: () => import('./views/CourseEditorView.vue'),
          meta: { titleKey: 'course.nav.editor', roles: COURSE_STAFF_ROLES },
        },
        {
          path: 'courses/:id(\\d+)/edit',
          name: 'course-edit',
          component: () => import('./views/CourseEditorView.vue'),
          meta: { titleKey: 'course.nav.editor', roles: COURSE_STAFF_ROLES },
        },
        {
          path: 'courses/:id(\\d+)',
          name: 'course',
          component: () => import('./views/CoursePageView.vue'),
          meta: { titleKey: 'course.nav.page' },
        },
        /* Courseware uploads: trainers and admins. */
        {
          path: 'uploads',
          name: 'uploads',
          component: () => import('./views/UploadsView.vue'),
          meta: { titleKey: 'uploads.nav', roles: UPLOADER_ROLES },
        },
        /* Quizzes: taking papers for every role; banks, papers and grading for staff. */
        {
          path: 'quiz',
          name: 'quiz',
          component: () => import('./views/QuizListView.vue'),
          meta: { titleKey: 'quiz.nav.list' },
        },
        {
          path: 'quiz/attempts/:id',
          name: 'quiz-attempt',
          component: () => import('./views/QuizAttemptView.vue'),
          props: true,
          meta: { titleKey: 'quiz.nav.attempt' },
        },
        {
          path: 'quiz/banks',
          name: 'quiz-banks',
          component: () => import('./views/QuizBanksView.vue'),
          meta: { titleKey: 'quiz.nav.banks', roles: QUIZ_STAFF_ROLES },
        },
        {
          path: 'quiz/papers',
          name: 'quiz-papers',
          component: () => import('./views/QuizPapersView.vue'),
          meta: { titleKey: 'quiz.nav.papers', roles: QUIZ_STAFF_ROLES },
        },
        {
          path: 'quiz/grading',
          name: 'quiz-grading',
          component: () => import('./views/QuizGradingView.vue'),
          meta: { titleKey: 'quiz.nav.grading', roles: QUIZ_STAFF_ROLES },
        },
        /* 考试分析 (q7-analytics): a paper's results for its trainers. */
        {
          path: 'quiz/analytics',
          name: 'quiz-analytics',
          component: () => import('./views/QuizAnalyticsView.vue'),
          meta: { titleKey: 'quizMore.nav.analytics', roles: QUIZ_STAFF_ROLES },
        },
        /* Certificates and the learning record (issue 7): every role its own; admins also their subtree's. */
        {
          path: 'certificates',
          name: 'certificates',
          component: () => import('./views/CertificatesView.vue'),
          meta: { titleKey: 'certificates.nav.certificates' },
        },
        {
          path: 'learning-record',
          name: 'learning-record',
          component: () => import('./views/LearningRecordView.vue'),
          meta: { titleKey: 'certificates.nav.record' },
        },
        /* Scheduling and attendance: planning for trainers and admins, the learner's schedule and QR sign-in for all. */
        {
          path: 'sessions',
          name: 'sessions',
          component: () => import('./views/SessionListView.vue'),
          meta: { titleKey: 'schedule.nav.sessions', roles: SESSION_STAFF_ROLES },
        },
        {
          path: 'sessions/new',
          name: 'session-new',
          component: () => import('./views/SessionEditorView.vue'),
          meta: { titleKey: 'schedule.nav.editor', roles: SESSION_STAFF_ROLES },
        },
        {
          path: 'sessions/:id(\\d+)',
          name: 'session-edit',
          component: () => import('./views/SessionEditorView.vue'),
          meta: { titleKey: 'schedule.nav.editor', roles: SESSION_STAFF_ROLES },
        },
        {
          path: 'sessions/:id(\\d+)/occurrences/:occurrenceId(\\d+)/screen',
          name: 'session-screen',
          component: () => import('./views/SignInScreenView.vue'),
          meta: { titleKey: 'schedule.nav.screen', roles: SESSION_STAFF_ROLES },
        },
        /* Attendance after the sign-in: the organizer's roster of one occurrence, with corrections and sites. */
        {
          path: 'sessions/:id(\\d+)/occurrences/:occurrenceId(\\d+)/roster',
          name: 'session-roster',
          component: () => import('./views/RosterView.vue'),
          meta: { titleKey: 'attendance.nav.roster', roles: SESSION_STAFF_ROLES },
        },
        {
          path: 'credit-rules',
          name: 'credit-rules',
          component: () => import('./views/CreditRulesView.vue'),
          meta: { titleKey: 'attendance.nav.rules', roles: SESSION_STAFF_ROLES },
        },
        {
          path: 'plans',
          name: 'plans',
          component: () => import('./views/PlansView.vue'),
          meta: { titleKey: 'plans.nav', roles: ORG_ADMIN_ROLES },
        },
        /* 培训覆盖看板 (issue 8, c8-dashboard): ?plan=&unit=&month= */
        {
          path: 'plans/dashboard',
          name: 'coverage-dashboard',
          component: () => import('./views/CoverageDashboardView.vue'),
          meta: { titleKey: 'coverage.nav', roles: ORG_ADMIN_ROLES },
        },
        /* The training plan editor (issue 8): drafts written by the admins of their subtree. */
        {
          path: 'plans/new',
          name: 'plan-new',
          component: () => import('./views/PlanEditorView.vue'),
          meta: { titleKey: 'planEditor.nav', roles: ORG_ADMIN_ROLES },
        },
        {
          path: 'plans/:id(\\d+)/edit',
          name: 'plan-edit',
          component: () => import('./views/PlanEditorView.vue'),
          meta: { titleKey: 'planEditor.nav', roles: ORG_ADMIN_ROLES },
        },
        {
          path: 'my-plans',
          name: 'my-plans',
          component: () => import('./views/MyPlansView.vue'),
          meta: { titleKey: 'myPlans.nav' },
        },
        {
          path: 'my-sessions',
          name: 'my-sessions',
          component: () => import('./views/MySessionsView.vue'),
          meta: { titleKey: 'schedule.nav.mine' },
        },
        {
          path: 'sign-in/:code?',
          name: 'sign-in',
          component: () => import('./views/SignInView.vue'),
          meta: { titleKey: 'schedule.nav.signIn' },
        },
        { path: ':pathMatch(.*)*', name: 'not-found', component: StatusView,
          props: { icon: 'info', titleKey: 'error.notFound', detailKey: 'error.notFoundDetail', testId: 'not-found' },
          meta: { titleKey: 'error.notFound' } },
      ],
    },
  ],
  })
