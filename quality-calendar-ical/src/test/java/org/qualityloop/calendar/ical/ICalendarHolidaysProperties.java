package org.qualityloop.calendar.ical;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.qualityloop.model.calendar.Holiday;

/**
 * Yearly all-day events written as iCalendar text read back as exactly the dates a day-by-day
 * model gives: every year from the first occurrence on, the event's days from its month-day, those
 * inside the requested years.
 */
class ICalendarHolidaysProperties {

    private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;

    /** A yearly event: first occurrence and length in days (month-days up to the 28th, so every year has them). */
    record Event(LocalDate first, int days) {
    }

    @Provide
    Arbitrary<List<Event>> events() {
        Arbitrary<LocalDate> first = Combinators.combine(Arbitraries.integers().between(2000, 2030),
                Arbitraries.integers().between(1, 12), Arbitraries.integers().between(1, 28)).as(LocalDate::of);
        return Combinators.combine(first, Arbitraries.integers().between(1, 5)).as(Event::new).list().ofMinSize(1).ofMaxSize(5);
    }

    @Property(tries = 60)
    void yearlyEventsReadBackAsTheModelsDates(@ForAll("events") List<Event> events,
            @ForAll @IntRange(min = 1995, max = 2035) int fromYear, @ForAll @IntRange(min = 0, max = 6) int span) {
        int toYear = fromYear + span;
        StringBuilder text = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n");
        TreeSet<Holiday> expected = new TreeSet<>();
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            String name = "Holiday " + i;
            text.append("BEGIN:VEVENT\r\nUID:h").append(i).append("\r\nDTSTAMP:20260101T000000Z\r\n")
                    .append("DTSTART;VALUE=DATE:").append(e.first().format(BASIC)).append("\r\n")
                    .append("DTEND;VALUE=DATE:").append(e.first().plusDays(e.days()).format(BASIC)).append("\r\n")
                    .append("RRULE:FREQ=YEARLY\r\nSUMMARY:").append(name).append("\r\nEND:VEVENT\r\n");
            MonthDay md = MonthDay.from(e.first());
            // every occurrence that may reach into the range: from the year before it, as a late-December
            // event runs into January
            for (int y = Math.max(e.first().getYear(), fromYear - 1); y <= toYear; y++) {
                LocalDate start = md.atYear(y);
                for (int d = 0; d < e.days(); d++) {
                    LocalDate day = start.plusDays(d);
                    if (day.getYear() >= fromYear && day.getYear() <= toYear) {
                        expected.add(new Holiday(day, name));
                    }
                }
            }
        }
        text.append("END:VCALENDAR\r\n");
        assertThat(ICalendarHolidays.parse(text.toString(), "generated", fromYear, toYear))
                .containsExactlyElementsOf(expected);
    }

    /** The module runs on the module path with ical4j as a named module, without the optional libraries it leaves out. */
    @Test
    void runsOnTheModulePathWithoutGroovy() {
        assertThat(ICalendarHolidays.class.getModule().getName()).isEqualTo("org.qualityloop.calendar.ical");
        assertThat(ModuleLayer.boot().findModule("ical4j.core")).isPresent();
        assertThat(ModuleLayer.boot().findModule("org.codehaus.groovy")).isEmpty();
        assertThat(ModuleLayer.boot().findModule("org.jparsec")).isEmpty();
    }
}
