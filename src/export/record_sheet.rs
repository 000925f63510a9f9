//! The master's own record: a very hidden sheet of what the master is, read
//! back when the master is given as input (a master is valid input). Today
//! it holds the term being reported — the period `--add-period` began —
//! so that `check` of next term's master asks for that period's statuses
//! even while the column is empty.

use rust_xlsxwriter::{Worksheet, XlsxError};

use crate::import::record::{MARK, NAME, REPORTING_PERIOD};

pub(crate) fn write(ws: &mut Worksheet, reporting_period: Option<&str>) -> Result<(), XlsxError> {
    ws.set_name(NAME)?;
    ws.write_string(0, 0, MARK)?;
    ws.write_string(
        1,
        0,
        "This sheet records what the master is, for ragplan to read back. Leave it as it is.",
    )?;
    if let Some(period) = reporting_period {
        ws.write_string(2, 0, REPORTING_PERIOD)?;
        ws.write_string(2, 1, period)?;
    }
    ws.set_very_hidden(true);
    Ok(())
}
