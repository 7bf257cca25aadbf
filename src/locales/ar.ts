import type { TicketsError } from '../data/errors.js';
import type { TicketStrings } from '../shared/strings.js';

const rules = new Intl.PluralRules('ar');

/**
 * Picks the Arabic form for `count`. Arabic has six plural categories; the
 * forms are given as zero, one, two, few, many and other.
 */
function plural(count: number, forms: Record<Intl.LDMLPluralRule, string>): string {
  return forms[rules.select(count)].replace('#', String(count));
}

const tickets = (count: number) =>
  plural(count, {
    zero: 'لا تذاكر',
    one: 'تذكرة واحدة',
    two: 'تذكرتان',
    few: '# تذاكر',
    many: '# تذكرة',
    other: '# تذكرة',
  });

function describeError(error: TicketsError): string {
  switch (error.kind) {
    case 'http':
      if (error.status === 401) return 'تم تسجيل خروجك. سجّل الدخول مرة أخرى ثم أعد المحاولة.';
      if (error.status === 403) return 'ليس لديك إذن بعرض هذه التذاكر.';
      if (error.status === 404) return 'عنوان التذاكر غير موجود (404). تحقّق من العنوان.';
      if (error.status === 429) return 'طلبات كثيرة جدًا (429). أعد المحاولة بعد قليل.';
      return `ردّ الخادم بالحالة ${error.status}. أعد المحاولة بعد قليل.`;
    case 'network':
      return 'تعذّر الوصول إلى الخادم. تحقّق من الاتصال.';
    case 'offline':
      return 'أنت غير متصل. ستُحمَّل التذاكر عند عودة الاتصال.';
    case 'timeout':
      return 'لم يردّ الخادم في الوقت المحدد.';
    case 'not-json':
      return 'لم يكن الرد بصيغة JSON. ربما انتهت جلستك؛ سجّل الدخول مرة أخرى.';
    case 'invalid-response':
      return 'لم يكن رد الخادم بالشكل المتوقع.';
    case 'pagination':
      return 'توقّف تحميل الصفحات؛ القائمة غير مكتملة.';
  }
}

/** Arabic texts for the elements, passed as `strings`; use with `dir="rtl"` on the page. */
export const arabicStrings: TicketStrings = {
  openTicketsHeading: 'تذاكري المفتوحة',
  dueTicketsHeading: 'التذاكر المستحقة',
  empty: 'لا يوجد شيء هنا',
  nothingDue: 'لا شيء مستحق',
  viewAll: 'عرض كل التذاكر',
  loading: 'جارٍ تحميل التذاكر…',
  retry: 'إعادة المحاولة',
  retrying: 'جارٍ إعادة المحاولة…',
  refresh: 'تحديث',
  refreshing: 'جارٍ التحديث…',
  noSource: 'لم يُضبط عنوان التذاكر. اضبط السمة src على عنوان التذاكر.',
  loadFailed: 'تعذّر تحميل التذاكر.',
  refreshFailed: 'تعذّر تحديث التذاكر؛ القائمة أدناه من آخر تحميل ناجح.',
  partialLoad: 'حُمِّل جزء من التذاكر فقط؛ القائمة أدناه غير مكتملة.',
  describeError,
  failedUrl: 'العنوان',
  dueAsOf: (day) => `المستحق حتى ${day}`,
  showingSome: (shown, total) => `عرض ${shown} من ${total}`,
  andMore: (count) => `و${tickets(count)} أخرى`,
  changes: (added, closed, removed) =>
    [
      added > 0 ? `جديدة: ${tickets(added)}` : '',
      closed > 0 ? `مغلقة: ${tickets(closed)}` : '',
      removed > 0 ? `لم تعد في القائمة: ${tickets(removed)}` : '',
    ]
      .filter(Boolean)
      .join('، '),
  openTicket: 'تذكرة مفتوحة',
  closedTicket: 'تذكرة مغلقة',
  statusTicket: (status) => `تذكرة: ${status}`,
  priority: { high: 'عالية', medium: 'متوسطة', low: 'منخفضة' },
  priorityLabel: 'الأولوية',
  typeLabel: 'النوع',
  unknownCustomer: 'عميل غير معروف',
  unassigned: 'غير مُسندة',
  created: 'أُنشئت',
  createdBy: 'بواسطة',
  assignedTo: 'مُسندة إلى',
  dueDate: 'تاريخ الاستحقاق',
  noDueDate: 'لا يوجد',
  overdue: 'متأخرة',
  dueToday: 'مستحقة اليوم',
  unknownDate: 'غير معروف',
  ticketId: (id) => `التذكرة ${id}`,
  noTicket: 'لا توجد تذكرة لعرضها.',
  invalidTicket: (reason) => `تعذّر عرض هذه التذكرة: ${reason}.`,
  recordsNotShown: (count) => `تعذّر عرض ${tickets(count)} لأن سجلاتها غير صالحة.`,
  fieldsNotRead: (count) => `${tickets(count)} فيها حقول تعذّرت قراءتها وحُذفت.`,
  problemDetails: 'التفاصيل',
  problemRecord: (id, position) => (id === null ? `السجل ${position}` : `المعرّف ${id}`),
};
