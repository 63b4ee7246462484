import { api } from './index'
import { createApiClient } from './client'
import { currentLocale } from '../i18n'

/* Certificates and learning records (issue 7): the shapes of /api/learning and /api/certificates. */

export interface CertificateView {
  number: string
  learner: string
  holderName: string
  courseId: number
  courseTitle: string
  creditHours: number
  completedAt: string
  issuedAt: string
  valid: boolean
  revokedAt: string | null
  revokeReason: string | null
}

/** What anyone holding a number may see: the name masked, dates as China dates (yyyy-mm-dd). */
export interface Verification {
  number: string
  maskedName: string
  courseTitle: string
  creditHours: number
  completedOn: string
  issuedOn: string
  valid: boolean
  revokedOn: string | null
}

export interface RecordEntry {
  date: string
  title: string
  detail: string
  creditHours: number
}

export interface RecordSection {
  source: string
  title: string
  creditHours: number
  entries: RecordEntry[]
}

export interface LearningRecordView {
  learner: string
  name: string
  year: number
  sections: RecordSection[]
  creditHoursBySource: Record<string, number>
  totalCreditHours: number
}

const certificatePath = (number: string) => `/api/learning/certificates/${encodeURIComponent(number)}`
const recordPath = (year: number) => `/api/learning/records/${encodeURIComponent(String(year))}`

export const certificatesApi = {
  /** Your own, or (admins) those of a learner of your subtree. */
  list: (learner?: string) => api.get<CertificateView[]>('/api/learning/certificates', { learner }),
  pdf: (number: string) => api.download(`${certificatePath(number)}/pdf`),
  revoke: (number: string, reason: string) => api.post<CertificateView>(`${certificatePath(number)}/revocation`, { reason }),
  record: (year: number, learner?: string) => api.get<LearningRecordView>(recordPath(year), { learner }),
  recordPdf: (year: number, learner?: string) =>
    api.download(`${recordPath(year)}/pdf${learner ? `?learner=${encodeURIComponent(learner)}` : ''}`),
}

/** The verification page has no session: no token, and a 401 (which it never gets) would have nowhere to go. */
const anonymous = createApiClient({ token: async () => undefined, onUnauthorized: () => {}, locale: currentLocale })

export const verifyCertificate = (number: string) =>
  anonymous.get<Verification>(`/api/certificates/${encodeURIComponent(number.trim())}`)
