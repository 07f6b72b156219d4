import ical from 'ical-generator';

/**
 * iCalendar text with ical-generator 10 (the newest major that supports Node 20; 11 needs Node 22).
 * Every time is written in UTC (`DTSTART:20260308T150000Z`): each occurrence is already a real
 * instant, expanded in the program's zone with luxon (src/shifts/occurrences.ts), and UTC is the one
 * form Google, Apple and Outlook all read the same way — no VTIMEZONE to trust, no zone name for
 * Outlook to map. Each app then shows the time in its own zone. No recurrence rules either: a weekly
 * rule's real length changes on daylight-saving nights, which one RRULE cannot say.
 */
export interface CalendarEvent {
  uid: string;
  start: number;
  end: number;
  summary: string;
}

export function calendarText(input: { name: string; stamp: number; events: readonly CalendarEvent[] }): string {
  const calendar = ical({ name: input.name, prodId: { company: 'Kith', product: 'Kith', language: 'EN' } });
  // Refresh about hourly: shifts change, and a calendar app would otherwise wait a day.
  calendar.ttl(60 * 60);
  for (const event of input.events) {
    calendar.createEvent({
      id: event.uid,
      start: new Date(event.start),
      end: new Date(event.end),
      stamp: new Date(input.stamp),
      summary: event.summary,
    });
  }
  return calendar.toString();
}
