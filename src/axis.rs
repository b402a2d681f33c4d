//! The compact timeline axis: where each dated event goes on an SVG line, and which ticks to draw.
//!
//! Plain Rust (tested natively). The scale is chosen from the span of dates: day ticks for a few
//! weeks, month ticks up to a few years, year ticks beyond; the first tick always names its year
//! and so does every tick where the year changes, so a reader never has to guess the year.
//! Day-precise events are dots; month and year precision are bands covering the whole month or
//! year. Events that would overlap (the same day, or a band over a dot) go on separate lanes.

use engine::{Hemisphere, Precision};

/// Width used by the tests; the page passes its panel's width so text is drawn 1:1.
#[cfg(test)]
pub const WIDTH: f64 = 600.0;
const PAD: f64 = 14.0;
const LANE: f64 = 13.0;
const TOP: f64 = 6.0;
const AXIS_GAP: f64 = 6.0;
const LABELS: f64 = 30.0;
/// Lanes beyond this are folded onto the last one (a very dense day stays readable, if stacked).
const MAX_LANES: usize = 8;
/// A dot's radius in view-box units (also the minimum half-width used for lane packing).
pub const DOT: f64 = 4.5;
const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

#[derive(Clone, Debug, PartialEq)]
pub struct Axis {
    pub width: f64,
    pub height: f64,
    /// The y of the axis line.
    pub line_y: f64,
    pub ticks: Vec<Tick>,
    pub marks: Vec<AxisMark>,
    /// The scale unit chosen (`day`, `month`, `year`), for tests and the SVG's description.
    pub unit: &'static str,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Tick {
    /// Where the tick line goes.
    pub x: f64,
    /// Where its label is centred.
    pub label_x: f64,
    pub label: String,
    /// Whether the label carries a year (drawn bolder).
    pub major: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct AxisMark {
    /// Position of the event in the list given to [`layout`].
    pub item: usize,
    pub x0: f64,
    pub x1: f64,
    pub y: f64,
    pub precision: Precision,
    /// A single day, drawn as a dot (everything else is a band).
    pub dot: bool,
}

/// Days since 1970-01-01 of a proleptic Gregorian date (the engine's `days_from_civil`).
fn days(y: i64, m: i64, d: i64) -> i64 {
    engine::days_from_civil(y, m, d)
}

/// Inverse of [`days`]: (year, month, day).
fn civil(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { yoe + era * 400 + 1 } else { yoe + era * 400 }, m, d)
}

/// The days a TIMEX3 calendar value covers, `[start, end)`: `2024-03-15` one day, `2024-03` the
/// month, `2024` the year, `2024-W11` the ISO week (`-WE` its weekend), `2024-Q1` the quarter,
/// `2024-H1` the half year, `2024-SU` the season (meteorological, in `hemisphere`: in the north
/// winter `WI` runs from the December of its year, in the south summer `SU` does), `199` the
/// decade, `19` the century. A time of day (`2024-03-15T14:30`, `2024-03-15TEV`) covers its
/// day. `None` for anything else (`XXXX-…`, references, durations, impossible dates).
pub fn date_range(value: &str, hemisphere: Hemisphere) -> Option<(i64, i64)> {
    let num = |s: &str, n: usize| {
        (s.len() == n && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse::<i64>().ok()).flatten()
    };
    let months = |y: i64, m: i64, n: i64| {
        let end = y * 12 + (m - 1) + n;
        (days(y, m, 1), days(end.div_euclid(12), end.rem_euclid(12) + 1, 1))
    };
    // Before Christ: `BC0300` the year 300 BC, `BC030` the decade 309-300 BC, `BC03` the century
    // 399-300 BC (counted astronomically here: 1 BC is year 0).
    if let Some(bc) = value.strip_prefix("BC") {
        let n = bc.parse::<i64>().ok().filter(|_| bc.bytes().all(|b| b.is_ascii_digit()))?;
        let (first, years) = match bc.len() {
            4 => (n, 1),
            3 => (n * 10 + 9, 10),
            2 => (n * 100 + 99, 100),
            _ => return None,
        };
        let y = 1 - first;
        return Some((days(y, 1, 1), days(y + years, 1, 1)));
    }
    // The day part decides; a time of day does not change which days are covered.
    let value = value.split_once('T').map_or(value, |(day, _)| day);
    let parts: Vec<&str> = value.split('-').collect();
    match parts.as_slice() {
        [c] if c.len() == 2 => {
            let c = num(c, 2)?;
            Some((days(c * 100, 1, 1), days(c * 100 + 100, 1, 1)))
        }
        [d] if d.len() == 3 => {
            let d = num(d, 3)?;
            Some((days(d * 10, 1, 1), days(d * 10 + 10, 1, 1)))
        }
        [y] => {
            let y = num(y, 4)?;
            Some((days(y, 1, 1), days(y + 1, 1, 1)))
        }
        [y, w] | [y, w, _] if w.len() == 3 && w.starts_with('W') => {
            let (y, w) = (num(y, 4)?, num(&w[1..], 2)?);
            // ISO 8601: week 1 is the week with 4 January in it; weeks start on Monday.
            let jan4 = days(y, 1, 4);
            let monday = jan4 - weekday(jan4) + 7 * (w - 1);
            // 28 December is always in the year's last week (52 or 53).
            let dec28 = days(y, 12, 28);
            let last = (dec28 - weekday(dec28) - (jan4 - weekday(jan4))) / 7 + 1;
            if !(1..=last).contains(&w) {
                return None;
            }
            match parts.get(2) {
                None => Some((monday, monday + 7)),
                Some(&"WE") => Some((monday + 5, monday + 7)),
                Some(_) => None,
            }
        }
        [y, q] if q.len() == 2 && (q.starts_with('Q') || q.starts_with('H')) => {
            let y = num(y, 4)?;
            let n = num(&q[1..], 1)?;
            match (&q[..1], n) {
                ("Q", 1..=4) => Some(months(y, 3 * n - 2, 3)),
                ("H", 1..=2) => Some(months(y, 6 * n - 5, 6)),
                _ => None,
            }
        }
        [y, season] if season.len() == 2 && !season.bytes().all(|b| b.is_ascii_digit()) => {
            let y = num(y, 4)?;
            Some(months(y, i64::from(hemisphere.season_month(season)?), 3))
        }
        [y, m] => {
            let (y, m) = (num(y, 4)?, num(m, 2)?);
            (1..=12).contains(&m).then(|| months(y, m, 1))
        }
        [y, m, d] => {
            let (y, m, d) = (num(y, 4)?, num(m, 2)?, num(d, 2)?);
            let start = days(y, m, d);
            // Reject 2024-02-31 and the like: the round trip must give the same date back.
            ((1..=12).contains(&m) && civil(start) == (y, m, d)).then_some((start, start + 1))
        }
        _ => None,
    }
}

/// The days an event covers: its date's, or for a range from the start of `date` to the end
/// of `end_date`. A range whose end does not parse, or ends before it starts, is just its start.
pub fn event_range(date: &str, end_date: Option<&str>, hemisphere: Hemisphere) -> Option<(i64, i64)> {
    let (start, end) = date_range(date, hemisphere)?;
    match end_date.and_then(|e| date_range(e, hemisphere)) {
        Some((_, to)) if to > start => Some((start, to)),
        _ => Some((start, end)),
    }
}

/// The weekday of a day number, 0 for Monday: 1970-01-01, day 0, was a Thursday.
pub fn weekday(z: i64) -> i64 {
    (z + 3).rem_euclid(7)
}

/// Year, month and day of a day number (for exports that want calendar fields).
pub fn ymd(day: i64) -> (i64, i64, i64) {
    civil(day)
}

/// First day of the month containing day `z`, and of the month `k` months later.
fn month_start(z: i64, k: i64) -> i64 {
    let (y, m, _) = civil(z);
    let total = y * 12 + (m - 1) + k;
    days(total.div_euclid(12), total.rem_euclid(12) + 1, 1)
}

fn year_start(z: i64, k: i64) -> i64 {
    days(civil(z).0 + k, 1, 1)
}

/// A year for people: `300 BC` for the astronomical year -299.
pub fn year_label(y: i64) -> String {
    if y <= 0 {
        format!("{} BC", 1 - y)
    } else {
        y.to_string()
    }
}

/// The first tick year at or before `y` for ticks `step` years apart: a round number of years
/// BC or AD (there is no year 0, so the ticks either side of it are a year closer).
fn first_tick_year(y: i64, step: i64) -> i64 {
    if y <= 0 {
        let bc = 1 - y;
        1 - (bc + (step - bc.rem_euclid(step)).rem_euclid(step))
    } else {
        (y - y.rem_euclid(step)).max(1)
    }
}

/// The tick year after `y`: the next round year BC, then AD 1, then the round years AD.
fn next_tick_year(y: i64, step: i64) -> i64 {
    if y <= 0 {
        let bc = 1 - y - step;
        if bc > 0 {
            1 - bc
        } else {
            1
        }
    } else {
        y + step - y.rem_euclid(step)
    }
}

/// Lays out `dates` (each event's days from [`event_range`], with its precision, in list order).
/// Returns `None` when no event has calendar days.
pub fn layout(dates: &[(Option<(i64, i64)>, Precision)], width: f64) -> Option<Axis> {
    let width = width.max(200.0);
    // About one tick label per 70 px, between 3 and 9.
    let most = ((width / 70.0) as i64).clamp(3, 9);
    let ranges: Vec<Option<(i64, i64)>> = dates.iter().map(|&(r, _)| r).collect();
    let lo = ranges.iter().flatten().map(|r| r.0).min()?;
    let hi = ranges.iter().flatten().map(|r| r.1).max()?;
    let span = hi - lo;

    // Scale and domain [d0, d1), snapped to whole units so the first tick sits at the left edge.
    let (unit, step, d0, d1);
    if span <= 62 {
        unit = "day";
        step = [1, 2, 7, 14].into_iter().find(|s| span / s <= most).unwrap_or(14);
        let pad = if span < 7 { (7 - span) / 2 } else { 0 };
        d0 = lo - pad;
        d1 = (hi + pad).max(d0 + 1);
    } else if span <= 3 * 366 {
        unit = "month";
        let months = (span as f64 / 30.4).ceil() as i64;
        step = [1, 2, 3, 6, 12].into_iter().find(|s| months / s <= most).unwrap_or(12);
        d0 = month_start(lo, 0);
        d1 = month_start(hi - 1, 1);
    } else {
        unit = "year";
        let years = civil(hi - 1).0 - civil(lo).0 + 1;
        step = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000].into_iter().find(|s| years / s <= most).unwrap_or(1000);
        d0 = days(first_tick_year(civil(lo).0, step), 1, 1);
        d1 = year_start(hi - 1, 1);
    }
    let scale = (width - 2.0 * PAD) / (d1 - d0).max(1) as f64;
    let x = |d: i64| PAD + (d - d0) as f64 * scale;

    // Lanes: greedy packing of [x0 - DOT, x1 + DOT] intervals, widest-reaching first.
    let mut order: Vec<usize> = (0..dates.len()).filter(|&i| ranges[i].is_some()).collect();
    order.sort_by_key(|&i| (ranges[i].map(|r| r.0), std::cmp::Reverse(ranges[i].map(|r| r.1)), i));
    let mut lane_end: Vec<f64> = Vec::new();
    let mut placed: Vec<(usize, f64, f64, usize)> = Vec::new();
    for i in order {
        let (a, b) = ranges[i].expect("filtered");
        let (x0, x1) = match dates[i].1 {
            // A single day is a dot; a range of days ("from 9 to 16 September") is a band.
            Precision::Day if b - a == 1 => {
                let c = x(a) + scale / 2.0;
                (c, c)
            }
            _ => (x(a), x(b).max(x(a) + 2.0)),
        };
        let (lo_px, hi_px) = (x0 - DOT, x1 + DOT);
        let lane = match lane_end.iter().position(|&end| end <= lo_px) {
            Some(l) => l,
            None if lane_end.len() < MAX_LANES => {
                lane_end.push(f64::MIN);
                lane_end.len() - 1
            }
            None => MAX_LANES - 1,
        };
        lane_end[lane] = lane_end[lane].max(hi_px + 1.0);
        placed.push((i, x0, x1, lane));
    }
    let lanes = lane_end.len().max(1);
    let line_y = TOP + lanes as f64 * LANE + AXIS_GAP;
    let marks = placed
        .into_iter()
        .map(|(item, x0, x1, lane)| AxisMark {
            item,
            x0,
            x1,
            // Lane 0 sits just above the axis; further lanes stack upwards.
            y: line_y - AXIS_GAP - LANE / 2.0 - lane as f64 * LANE,
            precision: dates[item].1,
            dot: x0 == x1,
        })
        .collect();

    let mut ticks = Vec::new();
    let mut last_year = None;
    let mut t = d0;
    while t < d1 {
        let (next, label_x) = match unit {
            "day" => (t + step, x(t) + scale / 2.0),
            "month" => (month_start(t, step), (x(t) + x(month_start(t, 1))) / 2.0),
            _ => (
                days(next_tick_year(civil(t).0, step), 1, 1),
                if step == 1 { (x(t) + x(year_start(t, 1))) / 2.0 } else { x(t) },
            ),
        };
        let (y, m, d) = civil(t);
        let major = last_year != Some(y);
        last_year = Some(y);
        let label = match unit {
            "day" if major => format!("{d} {} {y}", MONTHS[(m - 1) as usize]),
            "day" => format!("{d} {}", MONTHS[(m - 1) as usize]),
            "month" if major => format!("{} {y}", MONTHS[(m - 1) as usize]),
            "month" => MONTHS[(m - 1) as usize].to_string(),
            _ => year_label(y),
        };
        let tick_x = if unit == "day" { label_x } else { x(t) };
        ticks.push(Tick { x: tick_x, label_x, label, major: major || unit == "year" });
        t = next;
    }
    Some(Axis { width, height: line_y + LABELS, line_y, ticks, marks, unit })
}

#[cfg(test)]
mod tests {
    use super::*;
    use Precision::{Day, Month, Year};

    /// The north's seasons, as most cases here want.
    fn date_range(value: &str) -> Option<(i64, i64)> {
        super::date_range(value, Hemisphere::North)
    }

    fn event_range(date: &str, end_date: Option<&str>) -> Option<(i64, i64)> {
        super::event_range(date, end_date, Hemisphere::North)
    }

    #[test]
    fn southern_seasons() {
        let south = |v| super::date_range(v, Hemisphere::South).map(|(a, b)| (civil(a), civil(b)));
        let cases = [
            ("summer from December", "2026-SU", ((2026, 12, 1), (2027, 3, 1))),
            ("autumn from March", "2027-FA", ((2027, 3, 1), (2027, 6, 1))),
            ("winter from June", "2026-WI", ((2026, 6, 1), (2026, 9, 1))),
            ("spring from September", "2025-SP", ((2025, 9, 1), (2025, 12, 1))),
        ];
        for (name, value, want) in cases {
            assert_eq!(south(value), Some(want), "case {name}");
        }
        // Other values are the same either way.
        assert_eq!(super::date_range("2026-07", Hemisphere::South), date_range("2026-07"));
        assert_eq!(super::date_range("2026-Q3", Hemisphere::South), date_range("2026-Q3"));
    }

    #[test]
    fn date_range_cases() {
        let cases: &[(&str, &str, Option<i64>)] = &[
            ("epoch day", "1970-01-01", Some(1)),
            ("leap day", "2024-02-29", Some(1)),
            ("not a day", "2023-02-29", None),
            ("month", "2024-02", Some(29)),
            ("december", "2023-12", Some(31)),
            ("year", "2024", Some(366)),
            ("week", "2024-W11", Some(7)),
            ("weekend", "2024-W11-WE", Some(2)),
            ("week 53 of a long year", "2020-W53", Some(7)),
            ("no week 53 in a short year", "2021-W53", None),
            ("week 0", "2024-W00", None),
            ("weekday of a week passes", "2024-W11-3", None),
            ("quarter", "2024-Q1", Some(91)),
            ("no fifth quarter", "2024-Q5", None),
            ("half year", "2023-H2", Some(184)),
            ("summer", "2024-SU", Some(92)),
            ("winter runs into the next year", "2023-WI", Some(91)),
            ("unknown season", "2024-XY", None),
            ("decade: the 1990s have two leap days", "199", Some(3652)),
            ("century", "19", Some(36524)),
            ("year BC: 300 BC is no leap year", "BC0300", Some(365)),
            ("century BC", "BC03", Some(36524)),
            ("junk after BC", "BC3x", None),
            ("time of day", "2024-03-15T14:30", Some(1)),
            ("part of day", "2024-03-15TEV", Some(1)),
            ("duration", "P7D", None),
            ("relative", "XXXX-WXX-4", None),
            ("bad month", "2024-13", None),
            ("junk", "20😀4", None),
            ("empty", "", None),
        ];
        for (name, value, len) in cases {
            assert_eq!(date_range(value).map(|(a, b)| b - a), *len, "case {name}");
        }
        assert_eq!(date_range("1970-01-01"), Some((0, 1)));
        // ISO weeks start on Monday; 2024-W11 is 11-17 March 2024, week 1 of 2021 starts 4 January.
        assert_eq!(date_range("2024-W11").map(|r| civil(r.0)), Some((2024, 3, 11)));
        assert_eq!(date_range("2024-W11-WE").map(|r| civil(r.0)), Some((2024, 3, 16)));
        assert_eq!(date_range("2021-W01").map(|r| civil(r.0)), Some((2021, 1, 4)));
        assert_eq!(date_range("2023-WI").map(|r| (civil(r.0), civil(r.1))), Some(((2023, 12, 1), (2024, 3, 1))));
        // 300 BC is the astronomical year -299; the 4th century BC runs from 399 BC.
        assert_eq!(date_range("BC0300").map(|r| civil(r.0)), Some((-299, 1, 1)));
        assert_eq!(date_range("BC03").map(|r| (civil(r.0), civil(r.1))), Some(((-398, 1, 1), (-298, 1, 1))));
    }

    #[test]
    fn ticks_across_the_start_of_the_era() {
        let axis = lay(&[("BC0300", Year), ("1990", Year)], 600.0).expect("axis");
        let labels: Vec<&str> = axis.ticks.iter().map(|t| t.label.as_str()).collect();
        assert_eq!(labels, ["500 BC", "1", "500", "1000", "1500"]);
        assert_eq!(year_label(-299), "300 BC");
        assert_eq!(year_label(0), "1 BC");
        assert_eq!(first_tick_year(-299, 100), -299);
        assert_eq!(first_tick_year(-250, 100), -299);
        assert_eq!(next_tick_year(-99, 100), 1);
    }

    #[test]
    fn event_range_cases() {
        let day = |v| date_range(v).unwrap().0;
        type Case = (&'static str, &'static str, Option<&'static str>, Option<(i64, i64)>);
        let cases: &[Case] = &[
            ("single day", "2024-09-09", None, Some((day("2024-09-09"), day("2024-09-10")))),
            ("day range", "2024-09-09", Some("2024-09-16"), Some((day("2024-09-09"), day("2024-09-17")))),
            ("year range", "2010", Some("2012"), Some((day("2010"), day("2013")))),
            ("end before start is ignored", "2012", Some("2010"), Some((day("2012"), day("2013")))),
            ("unparsable end is ignored", "2012", Some("XXXX"), Some((day("2012"), day("2013")))),
            ("unparsable start", "PAST_REF", Some("2012"), None),
        ];
        for (name, date, end, want) in cases {
            assert_eq!(event_range(date, *end), *want, "case {name}");
        }
        assert_eq!(civil(days(2024, 3, 15)), (2024, 3, 15));
    }

    /// Lays out single-value events (the common case in these tests).
    fn lay(dates: &[(&str, Precision)], width: f64) -> Option<Axis> {
        let dates: Vec<_> = dates.iter().map(|&(v, p)| (date_range(v), p)).collect();
        layout(&dates, width)
    }

    /// Tick labels of a layout, for compact comparisons.
    fn labels(dates: &[(&str, Precision)]) -> (&'static str, Vec<String>) {
        let axis = lay(dates, WIDTH).unwrap();
        (axis.unit, axis.ticks.iter().map(|t| t.label.clone()).collect())
    }

    // SCALE: the unit follows the span of dates, and the year is always on screen.
    #[test]
    fn scale_cases() {
        let (unit, ticks) = labels(&[("2024-03-14", Day), ("2024-03-15", Day)]);
        assert_eq!(unit, "day");
        assert_eq!(ticks[0], "12 Mar 2024", "first tick names the year");
        assert!(ticks.iter().skip(1).all(|t| !t.contains("2024")), "{ticks:?}");

        let (unit, ticks) = labels(&[("2023-12-20", Day), ("2024-01-05", Day)]);
        assert_eq!(unit, "day");
        assert!(ticks.iter().any(|t| t.ends_with("2024")), "the new year is named: {ticks:?}");

        let (unit, ticks) = labels(&[("2023-09", Month), ("2024-03-15", Day)]);
        assert_eq!(unit, "month");
        assert_eq!(ticks.first().map(String::as_str), Some("Sep 2023"));
        assert!(ticks.contains(&"Jan 2024".to_string()), "{ticks:?}");
        assert!(ticks.len() <= 10);

        let (unit, ticks) = labels(&[("1998", Year), ("2024-03-15", Day)]);
        assert_eq!(unit, "year");
        assert_eq!(ticks.first().map(String::as_str), Some("1995"));
        assert!(ticks.len() <= 10, "{ticks:?}");
    }

    // LANES: the same day stacks; distinct days far apart share the axis lane.
    #[test]
    fn lanes_and_shapes() {
        let axis =
            lay(&[("2024-03-15", Day), ("2024-03-15", Day), ("2024-01-02", Day), ("2024", Year)], WIDTH).unwrap();
        let by_item = |i: usize| axis.marks.iter().find(|m| m.item == i).unwrap();
        assert_ne!(by_item(0).y, by_item(1).y, "same-day events are stacked");
        assert_eq!(by_item(0).x0, by_item(1).x0);
        assert_eq!(by_item(2).x0, by_item(2).x1, "a day is a dot");
        assert!(by_item(2).dot && !by_item(3).dot);
        assert!(by_item(3).x1 - by_item(3).x0 > 100.0, "a year is a band");
        for m in &axis.marks {
            assert!((0.0..=WIDTH).contains(&m.x0) && (0.0..=WIDTH).contains(&m.x1), "{m:?}");
            assert!(m.y > 0.0 && m.y < axis.line_y);
        }
    }

    // RANGES: "from 9 to 16 September" is a band over its days, a single day of the same
    // precision a dot.
    #[test]
    fn ranges_are_bands() {
        let dates = [
            (event_range("2024-09-09", Some("2024-09-16")), Day),
            (event_range("2024-09-12", None), Day),
            (event_range("2024-W39", None), Precision::Week),
        ];
        let axis = layout(&dates, WIDTH).unwrap();
        let by_item = |i: usize| axis.marks.iter().find(|m| m.item == i).unwrap();
        assert!(!by_item(0).dot && by_item(1).dot && !by_item(2).dot);
        assert!(by_item(0).x0 < by_item(1).x0 && by_item(1).x0 < by_item(0).x1, "the day lies inside the range");
        assert_ne!(by_item(0).y, by_item(1).y, "overlapping marks go on separate lanes");
        assert!(by_item(2).x0 > by_item(0).x1, "week 39 starts after 16 September");
    }

    // ROBUSTNESS: nothing drawable gives no axis; many events on one day stay bounded.
    #[test]
    fn odd_inputs() {
        assert_eq!(lay(&[], WIDTH), None);
        assert_eq!(lay(&[("XXXX-WXX-4", Day), ("PRESENT_REF", Day)], WIDTH), None);
        let many: Vec<(&str, Precision)> = (0..500).map(|_| ("2024-03-15", Day)).collect();
        let axis = lay(&many, WIDTH).unwrap();
        assert_eq!(axis.marks.len(), 500);
        assert!(axis.height < 200.0);
        let wide = lay(&[("0001", Year), ("9999-12-31", Day)], WIDTH).unwrap();
        // A narrow screen gets fewer ticks.
        let narrow = lay(&[("2023-09", Month), ("2024-03-15", Day)], 300.0).unwrap();
        assert!(narrow.ticks.len() <= 4, "{:?}", narrow.ticks);
        assert!(wide.ticks.len() <= 10 && !wide.ticks.is_empty());
    }
}
