//! Dates for the master (no date crate needed): the generation time, honouring
//! `SOURCE_DATE_EPOCH` for reproducible builds, and file modification times.

use std::time::{SystemTime, UNIX_EPOCH};

use rust_xlsxwriter::ExcelDateTime;

use crate::model::YearMonth;

/// Seconds since 1970 now, or `SOURCE_DATE_EPOCH` when set.
pub fn now() -> i64 {
    if let Some(epoch) = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse().ok())
    {
        return epoch;
    }
    seconds(SystemTime::now())
}

pub fn seconds(t: SystemTime) -> i64 {
    match t.duration_since(UNIX_EPOCH) {
        Ok(d) => d.as_secs() as i64,
        Err(e) => -(e.duration().as_secs() as i64),
    }
}

/// An Excel date-time for a Unix time (clamped to Excel's range).
pub fn excel(secs: i64) -> ExcelDateTime {
    ExcelDateTime::from_timestamp(secs.clamp(0, 253_402_300_799))
        .unwrap_or_else(|_| ExcelDateTime::from_timestamp(0).expect("epoch"))
}

/// The calendar month of a Unix time (UTC).
pub fn month_of(secs: i64) -> YearMonth {
    let (year, month, _) = civil(secs);
    YearMonth::new(year, month).unwrap_or(YearMonth {
        year: 2000,
        month: 1,
    })
}

/// `2026-11-23 08:25 UTC`, for reports.
pub fn date_time(secs: i64) -> String {
    let (year, month, day) = civil(secs);
    let minutes = secs.rem_euclid(86_400) / 60;
    format!(
        "{year:04}-{month:02}-{day:02} {:02}:{:02} UTC",
        minutes / 60,
        minutes % 60
    )
}

/// The year, month and day of a Unix time (UTC), by Howard Hinnant's
/// civil-from-days.
fn civil(secs: i64) -> (i32, u8, u8) {
    let days = secs.div_euclid(86_400);
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months() {
        assert_eq!(month_of(0).label(), "Jan-70");
        assert_eq!(month_of(1_795_392_000).label(), "Nov-26"); // 2026-11-23
        assert_eq!(month_of(951_782_400).label(), "Feb-00"); // 2000-02-29
        assert_eq!(date_time(951_782_400 + 3_723), "2000-02-29 01:02 UTC");
        assert_eq!(date_time(1_614_834_367), "2021-03-04 05:06 UTC");
        assert_eq!(date_time(-1), "1969-12-31 23:59 UTC");
    }
}
